"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import { BeneficiaryFieldsets } from "@/components/beneficiaries/beneficiary-fieldsets";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { updateBeneficiaryAction } from "@/lib/beneficiaries/actions";
import { ageOn } from "@/lib/beneficiaries/birth-date";
import {
  updateBeneficiarySchema,
  type BeneficiaryFieldsInput,
  type UpdateBeneficiaryInput,
} from "@/lib/beneficiaries/schemas";
import { formatDay } from "@/lib/dates";
import type { Sex } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/geo/countries";

export type EditableBeneficiary = {
  id: string;
  version: number;
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: Date | null;
  isBirthDateEstimated: boolean;
  nationality: string | null;
  phone: string | null;
  contactEmail: string | null;
  address: string | null;
  hasConsent: boolean;
  consentDate: Date | null;
  consentPurpose: string | null;
};

// The record as the form holds it: an estimated birth date shows as the age it gives today.
function formValues(record: EditableBeneficiary): BeneficiaryFieldsInput {
  const estimatedFrom = record.isBirthDateEstimated ? record.birthDate : null;
  return {
    givenName: record.givenName,
    familyName: record.familyName,
    sex: record.sex,
    birthDate: estimatedFrom ? "" : formatDay(record.birthDate),
    estimatedAge: estimatedFrom ? String(ageOn(estimatedFrom, new Date())) : "",
    nationality: record.nationality ?? "",
    phone: record.phone ?? "",
    contactEmail: record.contactEmail ?? "",
    address: record.address ?? "",
    hasConsent: record.hasConsent,
    consentDate: formatDay(record.consentDate),
    consentPurpose: record.consentPurpose ?? "",
  };
}

const labelKeys: Record<keyof BeneficiaryFieldsInput, string> = {
  givenName: "beneficiary.givenName",
  familyName: "beneficiary.familyName",
  sex: "beneficiary.sex",
  birthDate: "beneficiary.birthDate",
  estimatedAge: "beneficiary.estimatedAge",
  nationality: "beneficiary.nationality",
  phone: "beneficiary.phone",
  contactEmail: "beneficiary.contactEmail",
  address: "beneficiary.address",
  hasConsent: "beneficiary.hasConsent",
  consentDate: "beneficiary.consentDate",
  consentPurpose: "beneficiary.consentPurpose",
};

const fields = Object.keys(labelKeys) as (keyof BeneficiaryFieldsInput)[];

// The saved record comes from the page. When someone else saved first, the page is read
// again (router.refresh): the form keeps what was typed, lists what the other person saved,
// and the next save carries the new version.
export function EditBeneficiaryForm({ beneficiary }: { beneficiary: EditableBeneficiary }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [hasConflict, setConflict] = useState(false);

  const action = async (values: UpdateBeneficiaryInput) => {
    setConflict(false);
    const result = await updateBeneficiaryAction({ ...values, version: beneficiary.version });
    if (!result.ok && result.error === "CONFLICT") {
      setConflict(true);
      router.refresh();
    }
    return result;
  };
  const { form, submit, formError, fieldError } = useActionForm({
    schema: updateBeneficiarySchema,
    action,
    defaultValues: {
      ...formValues(beneficiary),
      beneficiaryId: beneficiary.id,
      version: beneficiary.version,
      idempotencyKey,
    },
    onSuccess: () => {
      router.push(`/beneficiaries/${beneficiary.id}`);
      router.refresh();
    },
  });
  // After a refresh, the fields nobody typed into take the newly saved values; what was
  // typed stays, and where it differs from what the other person saved, the panel says so.
  useEffect(() => {
    const latest = formValues(beneficiary);
    for (const field of fields) {
      if (!form.getFieldState(field).isDirty)
        form.resetField(field, { defaultValue: latest[field] });
    }
  }, [beneficiary, form]);
  const typed = form.watch();
  const saved = formValues(beneficiary);
  const differences = fields.filter(
    (field) =>
      form.getFieldState(field).isDirty &&
      String(saved[field] ?? "") !== String(typed[field] ?? ""),
  );
  const shown = (field: keyof BeneficiaryFieldsInput, value: unknown) => {
    if (typeof value === "boolean") return t(value ? "registry.yes" : "registry.no");
    if (!value) return "—";
    if (field === "sex") return t(`vocabulary.Sex.${value as Sex}`);
    if (field === "nationality") return countryName(String(value), locale);
    return String(value);
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {hasConflict ? (
        <section
          role="alert"
          aria-labelledby="conflict-title"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
        >
          <h2 id="conflict-title" className="font-semibold">
            {t("registry.conflictTitle")}
          </h2>
          <p className="mt-1">{t("registry.conflictHelp")}</p>
          {differences.length > 0 && (
            <ul className="mt-2 list-disc ps-5">
              {differences.map((field) => (
                <li key={field}>
                  {t("registry.savedValue", {
                    field: t(labelKeys[field]),
                    value: shown(field, saved[field]),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <FormError message={formError} />
      )}
      <BeneficiaryFieldsets
        // The form's values extend the shared fields; the fieldsets touch only those.
        form={form as unknown as UseFormReturn<BeneficiaryFieldsInput>}
        fieldError={fieldError}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("registry.save")}
      </Button>
    </form>
  );
}
