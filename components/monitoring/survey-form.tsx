"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { formatDay, today } from "@/lib/dates";
import { recordSustainabilitySurveyAction } from "@/lib/monitoring/actions";
import type { CaseMonitoring } from "@/lib/monitoring/get-case-monitoring";
import { recordSustainabilitySurveySchema } from "@/lib/monitoring/schemas";
import { answerOption, indicatorQuestion } from "@/lib/sustainability/indicator-words";

// One select per active question, 1..scaleMax, in the catalogue's words for its code.
export function SurveyForm({
  caseId,
  indicators,
}: {
  caseId: string;
  indicators: CaseMonitoring["indicators"];
}) {
  const t = useTranslations();
  const router = useRouter();
  const blank = () => ({
    caseId,
    surveyedOn: formatDay(today()),
    answers: indicators.map((indicator) => ({ indicatorId: indicator.id, answer: "" })),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: recordSustainabilitySurveySchema,
    action: recordSustainabilitySurveyAction,
    defaultValues: blank(),
    onSuccess: () => {
      form.reset(blank());
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("monitoring.recordSurvey")}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      <p className="text-sm text-slate-600">{t("monitoring.surveyNote")}</p>
      <div className="max-w-xs">
        <Field
          id="survey-surveyedOn"
          label={t("monitoring.surveyedOn")}
          error={fieldError("surveyedOn")}
        >
          <Input
            id="survey-surveyedOn"
            type="date"
            invalid={!!fieldError("surveyedOn")}
            {...register("surveyedOn")}
          />
        </Field>
      </div>
      {indicators.map((indicator, index) => (
        <div key={indicator.id} className="grid gap-2 sm:grid-cols-4">
          <div className="sm:col-span-3">
            <Field
              id={`survey-answer-${index}`}
              label={t("monitoring.surveyQuestion", {
                dimension: t(`vocabulary.SustainabilityDimension.${indicator.dimension}`),
                question: indicatorQuestion(t, indicator.code),
              })}
              error={fieldError(`answers.${index}.answer`)}
            >
              <Select
                id={`survey-answer-${index}`}
                invalid={!!fieldError(`answers.${index}.answer`)}
                {...register(`answers.${index}.answer`)}
              >
                <option value="">—</option>
                {Array.from({ length: indicator.scaleMax }, (_, value) => (
                  <option key={value} value={String(value + 1)}>
                    {answerOption(t, indicator.code, value + 1)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </div>
      ))}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("monitoring.recordSurvey")}
      </Button>
    </form>
  );
}
