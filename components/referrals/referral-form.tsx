"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { serviceTypesFor } from "@/lib/cases/service-types";
import { localDay } from "@/lib/dates";
import type { CaseKind, ServiceType } from "@/lib/generated/prisma/enums";
import type { ProviderRow } from "@/lib/providers/list-providers";
import { sendReferralAction } from "@/lib/referrals/actions";
import { sendReferralSchema } from "@/lib/referrals/schemas";

type Props = { caseId: string; kind: CaseKind; providers: ProviderRow[] };

// Refers the case to an active provider of the office, for a service the provider offers.
export function ReferralForm({ caseId, kind, providers }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const blank = () => ({
    caseId,
    providerId: "",
    serviceType: "" as ServiceType,
    sentOn: localDay(),
    note: "",
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: sendReferralSchema,
    action: sendReferralAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      setNotice(t("referrals.sent"));
      router.refresh();
    },
  });
  const providerId = form.watch("providerId");
  const offered = providers.find((provider) => provider.id === providerId)?.services ?? [];
  const types = serviceTypesFor(kind).filter((type) => offered.includes(type));
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("referrals.refer")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="space-y-2 sm:col-span-2">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <Field
        id="referral-provider"
        label={t("referrals.provider")}
        error={fieldError("providerId")}
      >
        <Select
          id="referral-provider"
          invalid={!!fieldError("providerId")}
          {...form.register("providerId")}
        >
          <option value="">{t("referrals.chooseProvider")}</option>
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="referral-serviceType"
        label={t("referrals.serviceType")}
        error={fieldError("serviceType")}
      >
        <Select
          id="referral-serviceType"
          invalid={!!fieldError("serviceType")}
          {...form.register("serviceType")}
        >
          <option value="">{t("referrals.chooseService")}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {t(`vocabulary.ServiceType.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="referral-sentOn" label={t("referrals.sentOn")} error={fieldError("sentOn")}>
        <Input
          id="referral-sentOn"
          type="date"
          invalid={!!fieldError("sentOn")}
          {...form.register("sentOn")}
        />
      </Field>
      <Field id="referral-note" label={t("referrals.note")} error={fieldError("note")}>
        <Textarea
          id="referral-note"
          rows={1}
          invalid={!!fieldError("note")}
          {...form.register("note")}
        />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("referrals.refer")}
        </Button>
      </div>
    </form>
  );
}
