"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";

import { CountrySelect } from "@/components/forms/country-select";
import { Field, Input, Select } from "@/components/ui/field";
import type { BeneficiaryFieldsInput } from "@/lib/beneficiaries/schemas";
import { localDay } from "@/lib/dates";
import { SEXES } from "@/lib/vocabulary";

type TextField =
  "givenName" | "familyName" | "phone" | "contactEmail" | "address" | "consentPurpose";

// The person's identity, contact and consent: the same fields when registering and editing.
// Each form's values extend these fields; the form passes itself narrowed to them.
export function BeneficiaryFieldsets({
  form,
  fieldError,
}: {
  form: UseFormReturn<BeneficiaryFieldsInput>;
  fieldError: (name: keyof BeneficiaryFieldsInput) => string | undefined;
}) {
  const t = useTranslations();
  const { register, watch, setValue } = form;
  const text = (name: TextField, label: string, type = "text") => (
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
    <>
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
    </>
  );
}
