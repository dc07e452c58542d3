import { getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { formatDay } from "@/lib/dates";
import type { CaseMonitoring } from "@/lib/monitoring/get-case-monitoring";

const score = (value: number | null) => (value === null ? "—" : value.toFixed(2));

export async function VisitHistory({ visits }: { visits: CaseMonitoring["visits"] }) {
  const t = await getTranslations("monitoring");
  if (visits.length === 0) return <EmptyState>{t("noVisits")}</EmptyState>;
  return (
    <SimpleTable
      caption={t("visits")}
      headers={[t("visitedOn"), t("visitedBy"), t("note"), t("nextVisitDue")]}
      rows={visits.map((visit) => [
        formatDay(visit.visitedOn),
        visit.visitedBy.name,
        visit.note ?? "",
        formatDay(visit.nextVisitDue) || "—",
      ])}
    />
  );
}

export async function SurveyHistory({ surveys }: { surveys: CaseMonitoring["surveys"] }) {
  const t = await getTranslations();
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
        formatDay(survey.surveyedOn),
        score(survey.economicScore),
        score(survey.socialScore),
        score(survey.psychosocialScore),
        score(survey.compositeScore),
      ])}
    />
  );
}
