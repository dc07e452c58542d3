"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";

import { CountrySelect } from "@/components/forms/country-select";
import { HtcdsVictimFields } from "@/components/htcds/htcds-victim-fields";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import {
  ExploitationType,
  LabourSector,
  MigrantCategory,
  RiskLevel,
  type CaseKind,
} from "@/lib/generated/prisma/enums";

export type CaseFormValues = Record<string, string | string[] | number | boolean | null>;
type Props = {
  kind: CaseKind;
  form: UseFormReturn<CaseFormValues>;
  fieldError: (name: string) => string | undefined;
};

export function VocabularySelect({
  id,
  vocab,
  values,
  ...props
}: React.ComponentProps<typeof Select> & { vocab: string; values: Record<string, string> }) {
  const t = useTranslations("vocabulary");
  return (
    <Select id={id} {...props}>
      <option value="">—</option>
      {Object.values(values).map((value) => (
        <option key={value} value={value}>
          {t(`${vocab}.${value}`)}
        </option>
      ))}
    </Select>
  );
}

// The fields REPORT_SPEC and the workflow need for each kind of case.
export function CaseKindFields({ kind, form, fieldError }: Props) {
  const t = useTranslations("caseForm");
  const { register, watch } = form;
  const field = (name: string, label: string, control: React.ReactNode) => (
    <Field id={`case-${name}`} label={label} error={fieldError(name)}>
      {control}
    </Field>
  );
  const invalid = (name: string) => !!fieldError(name);

  if (kind === "AVR") {
    return (
      <>
        {field(
          "migrantCategory",
          t("migrantCategory"),
          <VocabularySelect
            id="case-migrantCategory"
            vocab="MigrantCategory"
            values={MigrantCategory}
            invalid={invalid("migrantCategory")}
            {...register("migrantCategory")}
          />,
        )}
        {field(
          "returnCountry",
          t("returnCountry"),
          <CountrySelect
            id="case-returnCountry"
            placeholder="—"
            invalid={invalid("returnCountry")}
            {...register("returnCountry")}
          />,
        )}
        {field(
          "plannedDepartureOn",
          t("plannedDepartureOn"),
          <Input
            id="case-plannedDepartureOn"
            type="date"
            invalid={invalid("plannedDepartureOn")}
            {...register("plannedDepartureOn")}
          />,
        )}
        {field(
          "travelDetails",
          t("travelDetails"),
          <Textarea
            id="case-travelDetails"
            invalid={invalid("travelDetails")}
            {...register("travelDetails")}
          />,
        )}
      </>
    );
  }
  if (kind === "REINTEGRATION") {
    return (
      <>
        {field(
          "originCountry",
          t("originCountry"),
          <CountrySelect
            id="case-originCountry"
            placeholder="—"
            invalid={invalid("originCountry")}
            {...register("originCountry")}
          />,
        )}
        {field(
          "avrCaseRef",
          t("avrCaseRef"),
          <Input
            id="case-avrCaseRef"
            placeholder="MEX-TAP-AVR-2026-000001"
            invalid={invalid("avrCaseRef")}
            {...register("avrCaseRef")}
          />,
        )}
        <div className="sm:col-span-2">
          {field(
            "needsAssessment",
            t("needsAssessment"),
            <Textarea
              id="case-needsAssessment"
              rows={5}
              invalid={invalid("needsAssessment")}
              {...register("needsAssessment")}
            />,
          )}
        </div>
      </>
    );
  }
  const isForcedLabour =
    (watch("exploitationTypes") as string[] | null)?.includes("FORCED_LABOUR") ?? false;
  return (
    <>
      {field(
        "identifiedOn",
        t("identifiedOn"),
        <Input
          id="case-identifiedOn"
          type="date"
          invalid={invalid("identifiedOn")}
          {...register("identifiedOn")}
        />,
      )}
      {field(
        "identifiedBy",
        t("identifiedBy"),
        <Input
          id="case-identifiedBy"
          invalid={invalid("identifiedBy")}
          {...register("identifiedBy")}
        />,
      )}
      <fieldset
        className="sm:col-span-2"
        aria-describedby={invalid("exploitationTypes") ? "case-exploitationTypes-error" : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t("exploitationTypes")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {Object.values(ExploitationType).map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={type} {...register("exploitationTypes")} />{" "}
              <VocabLabel vocab="ExploitationType" value={type} />
            </label>
          ))}
        </div>
        {fieldError("exploitationTypes") && (
          <p id="case-exploitationTypes-error" role="alert" className="mt-1 text-sm text-red-700">
            {fieldError("exploitationTypes")}
          </p>
        )}
      </fieldset>
      {isForcedLabour &&
        field(
          "labourSector",
          t("labourSector"),
          <VocabularySelect
            id="case-labourSector"
            vocab="LabourSector"
            values={LabourSector}
            invalid={invalid("labourSector")}
            {...register("labourSector", { shouldUnregister: true })}
          />,
        )}
      {field(
        "exploitationCountry",
        t("exploitationCountry"),
        <CountrySelect
          id="case-exploitationCountry"
          placeholder="—"
          invalid={invalid("exploitationCountry")}
          {...register("exploitationCountry")}
        />,
      )}
      {field(
        "riskLevel",
        t("riskLevel"),
        <VocabularySelect
          id="case-riskLevel"
          vocab="RiskLevel"
          values={RiskLevel}
          invalid={invalid("riskLevel")}
          {...register("riskLevel")}
        />,
      )}
      <HtcdsVictimFields form={form} fieldError={fieldError} />
    </>
  );
}

export function VocabLabel({ vocab, value }: { vocab: string; value: string }) {
  const t = useTranslations("vocabulary");
  return <>{t(`${vocab}.${value}`)}</>;
}
