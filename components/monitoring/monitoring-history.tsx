import { getFormatter, getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { showDay } from "@/lib/i18n/format";
import type { CaseMonitoring } from "@/lib/monitoring/get-case-monitoring";

export async function VisitHistory({ visits }: { visits: CaseMonitoring["visits"] }) {
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  if (visits.length === 0) return <EmptyState>{t("noVisits")}</EmptyState>;
  return (
    <SimpleTable
      caption={t("visits")}
      headers={[t("visitedOn"), t("visitedBy"), t("note"), t("nextVisitDue")]}
      rows={visits.map((visit) => [
        showDay(format, visit.visitedOn),
        visit.visitedBy.name,
        visit.note ?? "",
        showDay(format, visit.nextVisitDue) || "—",
      ])}
    />
  );
}

export async function SurveyHistory({ surveys }: { surveys: CaseMonitoring["surveys"] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const score = (value: number | null) =>
    value === null
      ? "—"
      : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (surveys.length === 0) return <EmptyState>{t("monitoring.noSurveys")}</EmptyState>;
  return (
    <SimpleTable
      caption={t("monitoring.surveys")}
      headers={[
        t("monitoring.surveyedOn"),
        t("vocabulary.SustainabilityDimension.ECONOMIC"),
        t("vocabulary.SustainabilityDimension.SOCIAL"),
        t("vocabulary.SustainabilityDimension.PSYCHOSOCIAL"),
        t("monitoring.composite"),
      ]}
      rows={surveys.map((survey) => [
        showDay(format, survey.surveyedOn),
        score(survey.economicScore),
        score(survey.socialScore),
        score(survey.psychosocialScore),
        score(survey.compositeScore),
      ])}
    />
  );
}
