"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import { BeneficiaryFieldsets } from "@/components/beneficiaries/beneficiary-fieldsets";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import {
  findDuplicateBeneficiariesAction,
  registerBeneficiaryAction,
} from "@/lib/beneficiaries/actions";
import type { DuplicateCandidate } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import {
  registerBeneficiarySchema,
  type BeneficiaryFieldsInput,
  type RegisterBeneficiaryInput,
} from "@/lib/beneficiaries/schemas";
import { showDay } from "@/lib/i18n/format";

export function RegisterBeneficiaryForm() {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  const action = async (values: RegisterBeneficiaryInput) => {
    const result = await registerBeneficiaryAction(values);
    if (!result.ok && result.fieldErrors?._form?.includes("possibleDuplicates")) {
      const found = await findDuplicateBeneficiariesAction(values);
      if (found.ok) setCandidates(found.data);
    }
    return result;
  };
  const { form, submit, formError, fieldError } = useActionForm({
    schema: registerBeneficiarySchema,
    action,
    defaultValues: {
      givenName: "",
      familyName: "",
      sex: "U",
      birthDate: "",
      estimatedAge: "",
      nationality: "",
      phone: "",
      contactEmail: "",
      address: "",
      hasConsent: false,
      consentDate: "",
      consentPurpose: "",
      acknowledgedDuplicates: false,
      idempotencyKey,
    },
    onSuccess: (created) => router.push(`/beneficiaries/${created.id}`),
  });
  const { formState, setValue } = form;
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <FormError message={formError} />
      {candidates.length > 0 && (
        <section
          aria-labelledby="duplicates-title"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <h2 id="duplicates-title" className="font-semibold text-amber-900">
            {t("beneficiary.duplicatesTitle")}
          </h2>
          <p className="mt-1 text-sm text-amber-900">{t("beneficiary.duplicatesHelp")}</p>
          <ul className="mt-3 space-y-1 text-sm">
            {candidates.map((candidate) => (
              <li key={candidate.id}>
                <Link href={`/beneficiaries/${candidate.id}`} className="text-blue-700 underline">
                  {candidate.familyName}, {candidate.givenName} · {candidate.ref} ·{" "}
                  {showDay(format, candidate.birthDate) || "—"} · {candidate.nationality ?? "—"}
                </Link>
              </li>
            ))}
          </ul>
          <Button
            type="submit"
            variant="secondary"
            className="mt-3"
            onClick={() => setValue("acknowledgedDuplicates", true)}
          >
            {t("beneficiary.registerAnyway")}
          </Button>
        </section>
      )}
      <BeneficiaryFieldsets
        // The form's values extend the shared fields; the fieldsets touch only those.
        form={form as unknown as UseFormReturn<BeneficiaryFieldsInput>}
        fieldError={fieldError}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("beneficiary.register")}
      </Button>
    </form>
  );
}
