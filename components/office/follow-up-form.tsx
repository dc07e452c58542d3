"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { localDay } from "@/lib/dates";
import { addFollowUpAction } from "@/lib/worklist/actions";
import { addFollowUpSchema } from "@/lib/worklist/schemas";

// A dated follow-up of the caseworker's own, on one of their open cases.
export function FollowUpForm({ cases }: { cases: { id: string; ref: string }[] }) {
  const t = useTranslations("worklist");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const blank = () => ({
    caseId: cases[0]?.id ?? "",
    dueOn: localDay(),
    text: "",
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: addFollowUpSchema,
    action: addFollowUpAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      setNotice(t("followUpAdded"));
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("addFollowUp")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
    >
      <div className="space-y-2 sm:col-span-4">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <Field id="follow-up-case" label={t("followUpCase")} error={fieldError("caseId")}>
        <Select id="follow-up-case" invalid={!!fieldError("caseId")} {...register("caseId")}>
          {cases.map((item) => (
            <option key={item.id} value={item.id}>
              {item.ref}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="follow-up-dueOn" label={t("followUpDueOn")} error={fieldError("dueOn")}>
        <Input
          id="follow-up-dueOn"
          type="date"
          invalid={!!fieldError("dueOn")}
          {...register("dueOn")}
        />
      </Field>
      <Field id="follow-up-text" label={t("followUpText")} error={fieldError("text")}>
        <Input id="follow-up-text" invalid={!!fieldError("text")} {...register("text")} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("addFollowUp")}
        </Button>
      </div>
    </form>
  );
}
