"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { withdrawConsentAction } from "@/lib/consent/actions";
import { withdrawConsentSchema } from "@/lib/consent/schemas";
import { formatDay, today } from "@/lib/dates";

export function WithdrawConsentForm({ consentId }: { consentId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: withdrawConsentSchema,
    action: withdrawConsentAction,
    defaultValues: { consentId, withdrawnOn: formatDay(today()), reason: "" },
    onSuccess: () => router.refresh(),
  });
  const id = (name: string) => `withdraw-${consentId}-${name}`;
  return (
    <details>
      <summary className="cursor-pointer text-sm text-blue-700 underline">
        {t("dataProtection.withdraw")}
      </summary>
      <form
        onSubmit={submit}
        noValidate
        aria-label={t("dataProtection.withdraw")}
        className="mt-2 space-y-2"
      >
        <FormError message={formError} />
        <Field
          id={id("withdrawnOn")}
          label={t("dataProtection.withdrawnOn")}
          error={fieldError("withdrawnOn")}
        >
          <Input
            id={id("withdrawnOn")}
            type="date"
            invalid={!!fieldError("withdrawnOn")}
            {...form.register("withdrawnOn")}
          />
        </Field>
        <Field
          id={id("reason")}
          label={t("dataProtection.withdrawalReason")}
          error={fieldError("reason")}
        >
          <Input
            id={id("reason")}
            autoComplete="off"
            invalid={!!fieldError("reason")}
            {...form.register("reason")}
          />
        </Field>
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {t("dataProtection.withdraw")}
        </Button>
      </form>
    </details>
  );
}
