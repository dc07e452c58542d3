"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { recordConsentAction } from "@/lib/consent/actions";
import { recordConsentSchema } from "@/lib/consent/schemas";
import { localDay } from "@/lib/dates";
import { ConsentGiver, ConsentPurpose, ConsentType } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/geo/countries";

export function ConsentForm({
  caseId,
  officeCountries,
}: {
  caseId: string;
  officeCountries: string[];
}) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const blank = () => ({
    caseId,
    purpose: "ASSISTANCE" as const,
    type: "WRITTEN" as const,
    givenBy: "BENEFICIARY" as const,
    guardianName: "",
    guardianRelationship: "",
    givenOn: localDay(),
    anyOffice: false,
    countries: [] as string[],
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: recordConsentSchema,
    action: recordConsentAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      setNotice(t("dataProtection.recorded"));
      router.refresh();
    },
  });
  const { register, watch, setValue, formState } = form;
  const [purpose, givenBy, anyOffice, countries] = watch([
    "purpose",
    "givenBy",
    "anyOffice",
    "countries",
  ]);
  const toggleCountry = (code: string, isChecked: boolean) =>
    setValue(
      "countries",
      isChecked ? [...countries, code] : countries.filter((value) => value !== code),
      { shouldValidate: formState.isSubmitted },
    );
  const select = (
    name: "purpose" | "type" | "givenBy",
    values: Record<string, string>,
    vocab: string,
  ) => (
    <Field id={`consent-${name}`} label={t(`dataProtection.${name}`)} error={fieldError(name)}>
      <Select id={`consent-${name}`} invalid={!!fieldError(name)} {...register(name)}>
        {Object.values(values).map((value) => (
          <option key={value} value={value}>
            {t(`vocabulary.${vocab}.${value}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("dataProtection.record")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="space-y-2 sm:col-span-2">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      {select("purpose", ConsentPurpose, "ConsentPurpose")}
      {select("type", ConsentType, "ConsentType")}
      {select("givenBy", ConsentGiver, "ConsentGiver")}
      <Field id="consent-givenOn" label={t("dataProtection.givenOn")} error={fieldError("givenOn")}>
        <Input
          id="consent-givenOn"
          type="date"
          invalid={!!fieldError("givenOn")}
          {...register("givenOn")}
        />
      </Field>
      {givenBy === "GUARDIAN" && (
        <>
          <Field
            id="consent-guardianName"
            label={t("dataProtection.guardianName")}
            error={fieldError("guardianName")}
          >
            <Input
              id="consent-guardianName"
              autoComplete="off"
              invalid={!!fieldError("guardianName")}
              {...register("guardianName")}
            />
          </Field>
          <Field
            id="consent-guardianRelationship"
            label={t("dataProtection.guardianRelationship")}
            error={fieldError("guardianRelationship")}
          >
            <Input
              id="consent-guardianRelationship"
              autoComplete="off"
              invalid={!!fieldError("guardianRelationship")}
              {...register("guardianRelationship")}
            />
          </Field>
        </>
      )}
      {purpose === "HAND_OVER" && (
        <fieldset
          className="rounded-md border border-slate-200 p-3 sm:col-span-2"
          aria-describedby="consent-scope-hint"
        >
          <legend className="px-1 text-sm font-medium text-slate-800">
            {t("dataProtection.scope")}
          </legend>
          <p id="consent-scope-hint" className="text-sm text-slate-600">
            {t("dataProtection.scopeHint")}
          </p>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" {...register("anyOffice")} /> {t("dataProtection.anyOffice")}
          </label>
          {!anyOffice && (
            <div
              className="mt-2 grid gap-1 sm:grid-cols-3"
              role="group"
              aria-label={t("dataProtection.scopeCountries")}
            >
              {officeCountries.map((code) => (
                <label key={code} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={countries.includes(code)}
                    onChange={(event) => toggleCountry(code, event.target.checked)}
                  />{" "}
                  {countryName(code, locale)}
                </label>
              ))}
            </div>
          )}
          {fieldError("countries") && (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {fieldError("countries")}
            </p>
          )}
        </fieldset>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("dataProtection.record")}
        </Button>
      </div>
    </form>
  );
}
