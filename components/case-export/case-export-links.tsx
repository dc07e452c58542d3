import { getTranslations } from "next-intl/server";

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { CASE_EXPORT_CAP, CASE_EXPORT_FORMATS } from "@/lib/case-export/schemas";
import type { CaseListQuery } from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";

// Links that download the list as filtered and sorted on screen, every page. The search
// rides in the link as the list's URL has it, sealed for this user (never a name in clear).
export async function CaseExportLinks({
  urlState,
  total,
}: {
  urlState: CaseListQuery;
  total: number;
}) {
  const user = await getCurrentUser();
  if (!can(user, "case:export") || total === 0) return null;
  const t = await getTranslations();
  if (total > CASE_EXPORT_CAP)
    return (
      <p className="mb-4 text-sm text-slate-600">
        {t("caseExport.tooMany", { total, max: CASE_EXPORT_CAP })}
      </p>
    );
  const listParams = caseListHref(urlState, { page: 1, size: 25 }).split("?")[1] ?? "";
  const hrefFor = (format: string) => {
    const params = new URLSearchParams(listParams);
    params.set("format", format);
    return `/api/cases/export?${params.toString()}`;
  };
  return (
    <nav
      aria-label={t("caseExport.label")}
      className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm"
    >
      {/* On a phone the count gives way, so the first case stays on the first screen. */}
      <span className="hidden text-slate-600 sm:inline">{t("caseExport.count", { total })}</span>
      {CASE_EXPORT_FORMATS.map((format) => (
        <a
          key={format}
          href={hrefFor(format)}
          download
          className="text-blue-700 underline"
          data-testid={`case-export-${format}`}
        >
          {t(`caseExport.${format}`)}
        </a>
      ))}
    </nav>
  );
}
