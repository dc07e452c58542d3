"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { CountrySelect } from "@/components/forms/country-select";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import {
  findDuplicateBeneficiariesAction,
  registerBeneficiaryAction,
} from "@/lib/beneficiaries/actions";
import type { DuplicateCandidate } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import {
  registerBeneficiarySchema,
  type RegisterBeneficiaryInput,
} from "@/lib/beneficiaries/schemas";
import { localDay } from "@/lib/dates";
import { showDay } from "@/lib/i18n/format";
import { SEXES } from "@/lib/vocabulary";

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
  const { register, formState, watch, setValue } = form;
  const text = (
    name: "givenName" | "familyName" | "phone" | "contactEmail" | "address" | "consentPurpose",
    label: string,
    type = "text",
  ) => (
    <Field id={`beneficiary-${name}`} label={label} error={fieldError(name)}>
      <Input
        id={`beneficiary-${name}`}
        type={type}
        // Another person's details: the browser must not offer the caseworker's own.
        autoComplete="off"
        autoCapitalize={name.endsWith("Name") ? "words" : undefined}
        invalid={!!fieldError(name)}
        {...register(name)}
      />
    </Field>
  );

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
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("beneficiary.identity")}</legend>
        {text("givenName", t("beneficiary.givenName"))}
        {text("familyName", t("beneficiary.familyName"))}
        <Field id="beneficiary-sex" label={t("beneficiary.sex")} error={fieldError("sex")}>
          <Select id="beneficiary-sex" {...register("sex")}>
            {SEXES.map((sex) => (
              <option key={sex} value={sex}>
                {t(`vocabulary.Sex.${sex}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="beneficiary-nationality"
          label={t("beneficiary.nationality")}
          error={fieldError("nationality")}
        >
          <CountrySelect
            id="beneficiary-nationality"
            placeholder={t("beneficiary.unknown")}
            invalid={!!fieldError("nationality")}
            {...register("nationality")}
          />
        </Field>
        <Field
          id="beneficiary-birthDate"
          label={t("beneficiary.birthDate")}
          error={fieldError("birthDate")}
        >
          <Input
            id="beneficiary-birthDate"
            type="date"
            invalid={!!fieldError("birthDate")}
            {...register("birthDate")}
          />
        </Field>
        <Field
          id="beneficiary-estimatedAge"
          label={t("beneficiary.estimatedAge")}
          error={fieldError("estimatedAge")}
        >
          <Input
            id="beneficiary-estimatedAge"
            type="number"
            min={0}
            max={120}
            inputMode="numeric"
            invalid={!!fieldError("estimatedAge")}
            {...register("estimatedAge")}
          />
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold">{t("beneficiary.contact")}</legend>
        {text("phone", t("beneficiary.phone"), "tel")}
        {text("contactEmail", t("beneficiary.contactEmail"), "email")}
        {text("address", t("beneficiary.address"))}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold">{t("beneficiary.consent")}</legend>
        <label className="flex items-center gap-2 text-sm sm:col-span-3">
          <input
            type="checkbox"
            {...register("hasConsent", {
              // Consent is usually recorded as it is given: today, unless a date was typed.
              onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
                if (event.target.checked && !form.getValues("consentDate"))
                  setValue("consentDate", localDay());
              },
            })}
          />{" "}
          {t("beneficiary.hasConsent")}
        </label>
        {watch("hasConsent") && (
          <>
            <Field
              id="beneficiary-consentDate"
              label={t("beneficiary.consentDate")}
              error={fieldError("consentDate")}
            >
              <Input
                id="beneficiary-consentDate"
                type="date"
                invalid={!!fieldError("consentDate")}
                {...register("consentDate")}
              />
            </Field>
            <div className="sm:col-span-2">
              {text("consentPurpose", t("beneficiary.consentPurpose"))}
            </div>
          </>
        )}
      </fieldset>
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("beneficiary.register")}
      </Button>
    </form>
  );
}
