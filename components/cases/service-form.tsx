"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { addServiceAction } from "@/lib/cases/actions";
import { addServiceSchema } from "@/lib/cases/schemas";
import { serviceTypesFor } from "@/lib/cases/service-types";
import { formatDay, today } from "@/lib/dates";
import type { CaseKind } from "@/lib/generated/prisma/enums";
import { currencies } from "@/lib/money/currency";

export function ServiceForm({
  caseId,
  kind,
  defaultCurrency,
}: {
  caseId: string;
  kind: CaseKind;
  defaultCurrency: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const blank = () => ({
    caseId,
    type: "COUNSELLING" as const,
    deliveredOn: formatDay(today()),
    provider: "",
    amount: "",
    currency: "",
    note: "",
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: addServiceSchema,
    action: addServiceAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      setNotice(t("service.added"));
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("service.add")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <div className="space-y-2 sm:col-span-3">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <Field id="service-type" label={t("service.type")} error={fieldError("type")}>
        <Select id="service-type" {...register("type")}>
          {serviceTypesFor(kind).map((type) => (
            <option key={type} value={type}>
              {t(`vocabulary.ServiceType.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="service-deliveredOn"
        label={t("service.deliveredOn")}
        error={fieldError("deliveredOn")}
      >
        <Input
          id="service-deliveredOn"
          type="date"
          invalid={!!fieldError("deliveredOn")}
          {...register("deliveredOn")}
        />
      </Field>
      <Field id="service-provider" label={t("service.provider")} error={fieldError("provider")}>
        <Input id="service-provider" invalid={!!fieldError("provider")} {...register("provider")} />
      </Field>
      <Field id="service-amount" label={t("service.amount")} error={fieldError("amount")}>
        <Input
          id="service-amount"
          inputMode="decimal"
          invalid={!!fieldError("amount")}
          {...register("amount")}
        />
      </Field>
      <Field id="service-currency" label={t("service.currency")} error={fieldError("currency")}>
        <Select id="service-currency" invalid={!!fieldError("currency")} {...register("currency")}>
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
      <Field id="service-note" label={t("service.note")} error={fieldError("note")}>
        <Textarea id="service-note" rows={1} invalid={!!fieldError("note")} {...register("note")} />
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("service.add")}
        </Button>
      </div>
    </form>
  );
}
