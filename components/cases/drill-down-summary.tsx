import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { drillDownKeys, type CaseListQuery } from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";

// Says which report figure the list is filtered to, and how many people that is (the
// figure counts people; one person may have several cases behind it).
export async function DrillDownSummary({
  urlState,
  total,
  people,
}: {
  urlState: CaseListQuery;
  total: number;
  people: number | null;
}) {
  const t = await getTranslations();
  const q = urlState;
  const parts = [
    q.servedIn !== undefined && t("caseList.drillDown.servedIn", { year: q.servedIn }),
    q.serviceType &&
      t("caseList.drillDown.serviceType", { type: t(`vocabulary.ServiceType.${q.serviceType}`) }),
    q.ageAtService &&
      t("caseList.drillDown.ageAtService", { age: t(`caseList.drillDown.ages.${q.ageAtService}`) }),
    q.exploitation &&
      t("caseList.drillDown.exploitation", {
        type: t(`vocabulary.ExploitationType.${q.exploitation}`),
      }),
    q.sector &&
      t("caseList.drillDown.sector", { sector: t(`vocabulary.LabourSector.${q.sector}`) }),
    q.category &&
      t("caseList.drillDown.category", { category: t(`vocabulary.MigrantCategory.${q.category}`) }),
    q.ageAtIdentification && t("caseList.drillDown.ageAtIdentification"),
    q.identifiedTo && t("caseList.drillDown.identifiedTo", { day: q.identifiedTo }),
  ].filter(Boolean);
  if (people === null || parts.length === 0) return null;
  const withoutDrillDown = Object.fromEntries(
    Object.entries(urlState).filter(([key]) => !(drillDownKeys as readonly string[]).includes(key)),
  );
  return (
    <div
      className="mb-4 rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm text-blue-900"
      data-testid="drill-down"
    >
      <p>
        {t("caseList.drillDown.title")} {parts.join(", ")}.
      </p>
      <p className="mt-1 font-medium" data-testid="drill-down-count">
        {t("caseList.drillDown.count", { cases: total, people })}
      </p>
      <Link
        href={caseListHref(withoutDrillDown, { page: 1 })}
        className="mt-1 inline-block underline"
      >
        {t("caseList.drillDown.remove")}
      </Link>
    </div>
  );
}
