"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { setLegalHoldAction } from "@/lib/legal-hold/actions";
import { setLegalHoldSchema } from "@/lib/legal-hold/schemas";

export function LegalHoldForm({
  caseId,
  version,
  isOnHold,
}: {
  caseId: string;
  version: number;
  isOnHold: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: setLegalHoldSchema,
    action: setLegalHoldAction,
    defaultValues: { caseId, version, isOnHold: !isOnHold, reason: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(isOnHold ? "dataProtection.legalHoldClear" : "dataProtection.legalHoldSet")}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      {!isOnHold && (
        <Field
          id="legal-hold-reason"
          label={t("dataProtection.legalHoldReason")}
          error={fieldError("reason")}
        >
          <Input
            id="legal-hold-reason"
            autoComplete="off"
            invalid={!!fieldError("reason")}
            {...form.register("reason")}
          />
        </Field>
      )}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t(isOnHold ? "dataProtection.legalHoldClear" : "dataProtection.legalHoldSet")}
      </Button>
    </form>
  );
}
