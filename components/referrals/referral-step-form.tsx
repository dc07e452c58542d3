"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { localDay } from "@/lib/dates";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { currencies } from "@/lib/money/currency";
import { changeReferralStatusAction } from "@/lib/referrals/actions";
import { REFERRAL_TRANSITIONS } from "@/lib/referrals/referral-workflow";
import { changeReferralStatusSchema } from "@/lib/referrals/schemas";

type Props = {
  referralId: string;
  version: number;
  status: ReferralStatus;
  providerName: string;
  defaultCurrency: string;
};

// Records the provider's answer, or the caseworker's revocation; on completion, optionally
// the service delivered, which becomes a service of the case.
export function ReferralStepForm({
  referralId,
  version,
  status,
  providerName,
  defaultCurrency,
}: Props) {
  const t = useTranslations();
  const router = useRouter();
  const steps = REFERRAL_TRANSITIONS[status] as (
    "ACCEPTED" | "DECLINED" | "COMPLETED" | "REVOKED"
  )[];
  const { form, submit, formError, fieldError } = useActionForm({
    schema: changeReferralStatusSchema,
    action: changeReferralStatusAction,
    defaultValues: {
      referralId,
      version,
      toStatus: steps[0],
      effectiveOn: localDay(),
      recordService: false,
      amount: "",
      currency: "",
      idempotencyKey: crypto.randomUUID(),
    },
    onSuccess: () => router.refresh(),
  });
  const [toStatus, recordService] = form.watch(["toStatus", "recordService"]);
  const id = (name: string) => `referral-${referralId}-${name}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("referrals.stepOf", { provider: providerName })}
      className="grid gap-2 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      <Field id={id("toStatus")} label={t("referrals.step")} error={fieldError("toStatus")}>
        <Select
          id={id("toStatus")}
          invalid={!!fieldError("toStatus")}
          {...form.register("toStatus", {
            onChange: () => form.setValue("recordService", false),
          })}
        >
          {steps.map((step) => (
            <option key={step} value={step}>
              {t(`referrals.stepTo.${step}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id={id("effectiveOn")}
        label={t("referrals.effectiveOn")}
        error={fieldError("effectiveOn")}
      >
        <Input
          id={id("effectiveOn")}
          type="date"
          invalid={!!fieldError("effectiveOn")}
          {...form.register("effectiveOn")}
        />
      </Field>
      {toStatus === "COMPLETED" && (
        <>
          <label className="flex items-center gap-2 text-sm sm:col-span-2">
            <input type="checkbox" {...form.register("recordService")} />{" "}
            {t("referrals.recordService")}
          </label>
          {recordService && (
            <>
              <Field id={id("amount")} label={t("service.amount")} error={fieldError("amount")}>
                <Input
                  id={id("amount")}
                  inputMode="decimal"
                  invalid={!!fieldError("amount")}
                  {...form.register("amount")}
                />
              </Field>
              <Field
                id={id("currency")}
                label={t("service.currency")}
                error={fieldError("currency")}
              >
                <Select
                  id={id("currency")}
                  invalid={!!fieldError("currency")}
                  {...form.register("currency")}
                >
                  <option value="">—</option>
                  <option value={defaultCurrency}>{defaultCurrency}</option>
                  {currencies
                    .filter((code) => code !== defaultCurrency)
                    .map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                </Select>
              </Field>
            </>
          )}
        </>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t("referrals.record")}
        </Button>
      </div>
    </form>
  );
}
