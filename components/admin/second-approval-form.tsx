"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { currencies } from "@/lib/money/currency";
import { setSecondApprovalThresholdAction } from "@/lib/offices/actions";
import {
  setSecondApprovalThresholdSchema,
  type SetSecondApprovalThresholdInput,
} from "@/lib/offices/schemas";

// Blank amount and currency: no threshold, no plan of the office needs a second approval.
export function SecondApprovalForm({
  office,
  initialValues,
}: {
  office: string;
  initialValues: SetSecondApprovalThresholdInput;
}) {
  const t = useTranslations("admin.offices");
  const ta = useTranslations("a11y");
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: setSecondApprovalThresholdSchema,
    action: setSecondApprovalThresholdAction,
    defaultValues: initialValues,
    onSuccess: () => setNotice(t("thresholdSaved")),
  });
  return (
    <form
      onSubmit={(event) => {
        setNotice(null);
        return submit(event);
      }}
      noValidate
      aria-label={ta("secondApprovalFor", { office })}
      className="flex flex-wrap items-center gap-2"
    >
      <FormError message={formError ?? fieldError("amount") ?? fieldError("currency") ?? null} />
      <FormNotice message={notice} />
      <Input
        id={`threshold-amount-${office}`}
        aria-label={t("thresholdAmount", { office })}
        inputMode="decimal"
        {...form.register("amount")}
      />
      <Select
        id={`threshold-currency-${office}`}
        aria-label={t("thresholdCurrency", { office })}
        {...form.register("currency")}
      >
        <option value="">—</option>
        {currencies.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("setThreshold")}
      </Button>
    </form>
  );
}
