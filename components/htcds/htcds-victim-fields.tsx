"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";

import {
  VocabLabel,
  VocabularySelect,
  type CaseFormValues,
} from "@/components/cases/case-kind-fields";
import { CountrySelect } from "@/components/forms/country-select";
import { Field } from "@/components/ui/field";
import {
  ControlMethod,
  RecruitmentMethod,
  SexExploitationType,
  TraffickingStatus,
} from "@/lib/generated/prisma/enums";

type Props = {
  form: UseFormReturn<CaseFormValues>;
  fieldError: (name: string) => string | undefined;
};

// The HTCDS victim context of a VOT case (docs/htcds.md): all optional. The type of sexual
// exploitation is asked only when sexual exploitation is ticked, and emptied when it is not.
export function HtcdsVictimFields({ form, fieldError }: Props) {
  const t = useTranslations("htcds.caseFields");
  const { register, watch, setValue } = form;
  const isSexual = (watch("exploitationTypes") as string[] | null)?.includes("SEXUAL") ?? false;
  useEffect(() => {
    if (!isSexual) setValue("sexExploitationTypes", []);
  }, [isSexual, setValue]);

  return (
    <>
      <h3 className="text-base font-semibold text-slate-900 sm:col-span-2">{t("heading")}</h3>
      <Field
        id="case-traffickingStatus"
        label={t("traffickingStatus")}
        error={fieldError("traffickingStatus")}
      >
        <VocabularySelect
          id="case-traffickingStatus"
          vocab="TraffickingStatus"
          values={TraffickingStatus}
          invalid={!!fieldError("traffickingStatus")}
          {...register("traffickingStatus")}
        />
      </Field>
      <Field
        id="case-recruitmentCountry"
        label={t("recruitmentCountry")}
        error={fieldError("recruitmentCountry")}
      >
        <CountrySelect
          id="case-recruitmentCountry"
          placeholder="—"
          invalid={!!fieldError("recruitmentCountry")}
          {...register("recruitmentCountry")}
        />
      </Field>
      <CheckboxGroup
        name="recruitmentMethods"
        legend={t("recruitmentMethods")}
        vocab="RecruitmentMethod"
        values={RecruitmentMethod}
        form={form}
        error={fieldError("recruitmentMethods")}
      />
      <CheckboxGroup
        name="controlMethods"
        legend={t("controlMethods")}
        vocab="ControlMethod"
        values={ControlMethod}
        form={form}
        error={fieldError("controlMethods")}
      />
      {isSexual && (
        <CheckboxGroup
          name="sexExploitationTypes"
          legend={t("sexExploitationTypes")}
          vocab="SexExploitationType"
          values={SexExploitationType}
          form={form}
          error={fieldError("sexExploitationTypes")}
        />
      )}
    </>
  );
}

// A multi-select as a fieldset of checkboxes: the legend names the group for screen
// readers, and an error is tied to the group with aria-describedby.
function CheckboxGroup({
  name,
  legend,
  vocab,
  values,
  form,
  error,
}: {
  name: string;
  legend: string;
  vocab: string;
  values: Record<string, string>;
  form: UseFormReturn<CaseFormValues>;
  error: string | undefined;
}) {
  const errorId = `case-${name}-error`;
  return (
    <fieldset className="sm:col-span-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-3">
        {Object.values(values).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={value} {...form.register(name)} />{" "}
            <VocabLabel vocab={vocab} value={value} />
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
