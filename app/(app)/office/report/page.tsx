import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";

import { AnnualReportBreakdowns } from "@/components/reports/annual-report-breakdowns";
import { AnnualReportFilter } from "@/components/reports/annual-report-filter";
import { FiguresTable } from "@/components/reports/figures-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { requestWords } from "@/lib/i18n/request-words";
import { getOfficeAnnualReport } from "@/lib/reports/get-office-annual-report";
import { buildNarrative } from "@/lib/reports/narrative";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const yearSchema = z.coerce.number().int().min(1900).max(2200);

// Only the year comes from the URL; the office is the signed-in user's.
export default async function OfficeReportPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("report:read-office");
  const { year: yearParam } = await searchParams;
  const thisYear = new Date().getUTCFullYear();
  const year = yearSchema.safeParse(typeof yearParam === "string" ? yearParam : thisYear);
  if (!year.success) notFound();
  const { office, report, previous } = await getOfficeAnnualReport(user, year.data);
  const t = await getTranslations("report");
  const narrative = buildNarrative(report, await requestWords());
  return (
    <>
      <PageHeader title={t("office.title", { year: report.year, office: office.name })} />
      <AnnualReportFilter
        year={report.year}
        years={Array.from({ length: thisYear - 1999 }, (_, index) => thisYear - index)}
      />
      <p className="mt-4 max-w-3xl text-sm text-slate-600">{t("office.note")}</p>
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
        <FiguresTable report={report} previous={previous} linked />
      </Section>
      <AnnualReportBreakdowns report={report} linked />
    </>
  );
}
