import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requirePermission } from "@/lib/auth/session";
import { getHqOverview } from "@/lib/reports/get-hq-overview";
import { getDefaultReportYear } from "@/lib/reports/list-report-years";

export default async function ReportsPage() {
  const user = await requirePermission("report:read");
  // The same year as /reports/annual opens on (lib/reports/default-report-year.ts).
  const overview = await getHqOverview(user, await getDefaultReportYear(user));
  const t = await getTranslations("hq");
  const tReport = await getTranslations("report.page");
  return (
    <>
      <PageHeader title={t("title")}>
        <p className="text-sm text-slate-600">{t("year", { year: overview.year })}</p>
      </PageHeader>
      <StatGrid>
        <Stat label={t("migrantsAssisted")} value={overview.migrantsAssisted ?? "–"} />
        <Stat label={t("activeProjects")} value={overview.activeProjects} />
        <Stat label={t("hostCountries")} value={overview.hostCountries} />
        <Stat label={t("offices")} value={overview.offices} />
        <Stat label={t("openCases")} value={overview.openCases} />
      </StatGrid>
      <p className="mt-6 text-sm text-slate-600">{t("note")}</p>
      <p className="mt-6">
        <Link href="/reports/annual" className="font-medium text-blue-700 underline">
          {tReport("link")}
        </Link>
        <span className="ms-2 text-sm text-slate-600">{tReport("linkDescription")}</span>
      </p>
    </>
  );
}
