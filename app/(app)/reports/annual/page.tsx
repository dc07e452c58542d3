import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { AnnualReportBreakdowns } from "@/components/reports/annual-report-breakdowns";
import { AnnualReportFilter } from "@/components/reports/annual-report-filter";
import { ExportButtons } from "@/components/reports/export-buttons";
import { FiguresTable } from "@/components/reports/figures-table";
import { HxlDownload } from "@/components/reports/hxl-download";
import { ReportEmptyState } from "@/components/reports/report-empty-state";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { requestWords } from "@/lib/i18n/request-words";
import { reportFilterSchema } from "@/lib/reports/annual-report";
import { defaultReportYear } from "@/lib/reports/default-report-year";
import { getAnnualReportView } from "@/lib/reports/get-annual-report-view";
import { listReportYears } from "@/lib/reports/list-report-years";
import { buildNarrative } from "@/lib/reports/narrative";
import { reportTitle } from "@/lib/reports/report-naming";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

export default async function AnnualReportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("report:read");
  const params = await searchParams;
  const thisYear = new Date().getUTCFullYear();
  const yearsWithData = await listReportYears(user);
  const parsed = reportFilterSchema.safeParse({
    year: one(params.year) ?? defaultReportYear(yearsWithData),
    office: one(params.office),
    region: one(params.region),
  });
  if (!parsed.success) notFound();
  const { current, previous, offices, regions, threshold } = await getAnnualReportView(
    user,
    parsed.data,
  );
  const t = await getTranslations("report");
  const filter = (
    <AnnualReportFilter
      year={parsed.data.year}
      office={parsed.data.office}
      region={parsed.data.region}
      offices={offices}
      regions={regions}
      years={Array.from({ length: thisYear - 1999 }, (_, index) => thisYear - index)}
    />
  );
  if (!current.ok) {
    return (
      <>
        <PageHeader title={t("page.title", { year: parsed.data.year })} />
        {filter}
        <div
          role="alert"
          className="mt-6 max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-800"
          data-testid="selection-refused"
        >
          <p className="font-medium">{t("refused.title")}</p>
          <p className="mt-1">{t(`refused.${current.reason}`, { threshold })}</p>
        </div>
      </>
    );
  }
  const report = current.report;
  const words = await requestWords();
  const narrative = buildNarrative(report, words);
  return (
    <>
      <PageHeader title={reportTitle(report, words)}>
        <ExportButtons filter={parsed.data} />
      </PageHeader>
      {filter}
      {report.migrantsAssisted === 0 && report.activeProjects === 0 && (
        <ReportEmptyState
          year={report.year}
          yearsWithData={yearsWithData}
          isFiltered={!!(parsed.data.office || parsed.data.region)}
        />
      )}
      <Section title={t("page.atAGlance")}>
        <div
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 leading-relaxed text-slate-800"
          data-testid="at-a-glance"
        >
          {narrative.map((sentences, index) => (
            <p key={index}>{sentences.join(" ")}</p>
          ))}
        </div>
      </Section>
      <Section title={t("page.figures")}>
        <FiguresTable report={report} previous={previous} />
      </Section>
      <AnnualReportBreakdowns report={report} />
      <p className="mt-8 text-sm text-slate-600">{t("page.disclosureNote", { threshold })}</p>
      <HxlDownload />
    </>
  );
}
