"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { formatDay, today } from "@/lib/dates";
import { recordMonitoringVisitAction } from "@/lib/monitoring/actions";
import { recordMonitoringVisitSchema } from "@/lib/monitoring/schemas";

export function VisitForm({ caseId }: { caseId: string }) {
  const t = useTranslations("monitoring");
  const router = useRouter();
  const blank = () => ({ caseId, visitedOn: formatDay(today()), note: "", nextVisitDue: "" });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: recordMonitoringVisitSchema,
    action: recordMonitoringVisitAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("recordVisit")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <div className="sm:col-span-3">
        <FormError message={formError} />
      </div>
      <Field id="visit-visitedOn" label={t("visitedOn")} error={fieldError("visitedOn")}>
        <Input
          id="visit-visitedOn"
          type="date"
          invalid={!!fieldError("visitedOn")}
          {...register("visitedOn")}
        />
      </Field>
      <Field id="visit-nextVisitDue" label={t("nextVisitDue")} error={fieldError("nextVisitDue")}>
        <Input
          id="visit-nextVisitDue"
          type="date"
          invalid={!!fieldError("nextVisitDue")}
          {...register("nextVisitDue")}
        />
      </Field>
      <Field id="visit-note" label={t("note")} error={fieldError("note")}>
        <Textarea id="visit-note" rows={1} invalid={!!fieldError("note")} {...register("note")} />
      </Field>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("recordVisit")}
        </Button>
      </div>
    </form>
  );
}
