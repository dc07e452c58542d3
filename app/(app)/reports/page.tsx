import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { MapSection } from "@/components/dashboard/map-section";
import { TopChanges } from "@/components/dashboard/top-changes";
import { TrendSection } from "@/components/dashboard/trend-section";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requirePermission } from "@/lib/auth/session";
import { getHqDashboard } from "@/lib/dashboard/get-hq-dashboard";

export default async function ReportsPage() {
  const user = await requirePermission("report:read");
  const dashboard = await getHqDashboard(user);
  const t = await getTranslations("hq");
  const tDashboard = await getTranslations("dashboard");
  const tReport = await getTranslations("report.page");
  const link = (
    <p className="mt-6">
      <Link href="/reports/annual" className="font-medium text-blue-700 underline">
        {tReport("link")}
      </Link>
      <span className="ms-2 text-sm text-slate-600">{tReport("linkDescription")}</span>
    </p>
  );
  if (!dashboard)
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{tDashboard("empty")}</EmptyState>
        {link}
      </>
    );
  const { year, overview, threshold, maps } = dashboard;
  const orDash = (value: number | null) => value ?? "–";
  return (
    <>
      <PageHeader title={t("title")}>
        <p className="text-sm text-slate-600">{t("year", { year })}</p>
      </PageHeader>
      <StatGrid>
        <Stat label={t("migrantsAssisted")} value={orDash(overview.migrantsAssisted)} />
        <Stat label={t("activeProjects")} value={orDash(overview.activeProjects)} />
        <Stat label={t("hostCountries")} value={orDash(overview.hostCountries)} />
        <Stat label={t("offices")} value={overview.offices} />
        <Stat label={t("openCases")} value={overview.openCases} />
      </StatGrid>
      <p className="mt-6 text-sm text-slate-600">{t("note")}</p>
      {link}
      <TrendSection trend={dashboard.trend} threshold={threshold} />
      {maps ? (
        <>
          <MapSection kind="hostCountry" year={year} threshold={threshold} map={maps.hostCountry} />
          <MapSection kind="origin" year={year} threshold={threshold} map={maps.origin} />
          <TopChanges year={year} changes={dashboard.changes} />
        </>
      ) : (
        <p className="mt-8 text-sm text-slate-600">
          {tDashboard("refusedYear", { year, threshold })}
        </p>
      )}
    </>
  );
}
