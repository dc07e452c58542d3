"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { changeCaseStatusAction } from "@/lib/cases/actions";
import { changeCaseStatusSchema } from "@/lib/cases/schemas";
import { formatDay, today } from "@/lib/dates";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

type Props = { caseId: string; version: number; status: CaseStatus; transitions: CaseStatus[] };

export function StatusChangeForm({ caseId, version, status, transitions }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: changeCaseStatusSchema,
    action: changeCaseStatusAction,
    defaultValues: {
      caseId,
      version,
      toStatus: transitions[0] ?? status,
      effectiveOn: formatDay(today()),
      reason: "",
    },
    onSuccess: () => {
      setDone(true);
      router.refresh();
    },
  });
  if (transitions.length === 0 || done) return null;
  const isReopening = status === "CLOSED";
  const needsReason = isReopening || form.watch("toStatus") === "CLOSED";
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("workflow.title")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <div className="sm:col-span-3">
        <FormError message={formError} />
      </div>
      <Field
        id="status-toStatus"
        label={isReopening ? t("workflow.reopenTo") : t("workflow.moveTo")}
        error={fieldError("toStatus")}
      >
        <Select id="status-toStatus" {...form.register("toStatus")}>
          {transitions.map((next) => (
            <option key={next} value={next}>
              {t(`vocabulary.CaseStatus.${next}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="status-effectiveOn"
        label={t("workflow.effectiveOn")}
        error={fieldError("effectiveOn")}
      >
        <Input
          id="status-effectiveOn"
          type="date"
          invalid={!!fieldError("effectiveOn")}
          {...form.register("effectiveOn")}
        />
      </Field>
      {needsReason && (
        <div className="sm:col-span-3">
          <Field id="status-reason" label={t("workflow.reason")} error={fieldError("reason")}>
            <Textarea
              id="status-reason"
              invalid={!!fieldError("reason")}
              {...form.register("reason")}
            />
          </Field>
        </div>
      )}
      <div className="flex items-end">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {isReopening ? t("workflow.reopen") : t("workflow.change")}
        </Button>
      </div>
    </form>
  );
}
