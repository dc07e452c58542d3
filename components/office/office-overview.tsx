import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { Stat, StatGrid } from "@/components/ui/stat";
import { showDay } from "@/lib/i18n/format";
import type { getOfficeOverview } from "@/lib/offices/get-office-overview";

type Overview = Awaited<ReturnType<typeof getOfficeOverview>>;

export async function OfficeOverview({ overview, title }: { overview: Overview; title: string }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={title} />
      <StatGrid>
        <Stat label={t("office.openCases")} value={overview.openCases} />
        {overview.byKind.map((row) => (
          <Stat key={row.kind} label={t(`vocabulary.CaseKind.${row.kind}`)} value={row.count} />
        ))}
        <Stat label={t("office.servicesLast30")} value={overview.servicesLast30} />
      </StatGrid>
      {overview.openCases === 0 ? (
        <div className="mt-8">
          <EmptyState>{t("office.noCases")}</EmptyState>
        </div>
      ) : (
        <>
          <Section title={t("office.byStatus")}>
            <SimpleTable
              caption={t("office.byStatus")}
              headers={[t("cases.status"), t("office.openCases")]}
              rows={overview.byStatus.map((row) => [
                t(`vocabulary.CaseStatus.${row.status}`),
                row.count,
              ])}
            />
          </Section>
          <Section title={t("office.recentCases")}>
            <SimpleTable
              caption={t("office.recentCases")}
              headers={[t("cases.ref"), t("cases.kind"), t("cases.status"), t("cases.opened")]}
              rows={overview.recentCases.map((item) => [
                <Link key={item.id} href={`/cases/${item.id}`} className="text-blue-700 underline">
                  {item.ref}
                </Link>,
                t(`vocabulary.CaseKind.${item.kind}`),
                t(`vocabulary.CaseStatus.${item.status}`),
                showDay(format, item.openedOn),
              ])}
            />
          </Section>
        </>
      )}
    </>
  );
}
