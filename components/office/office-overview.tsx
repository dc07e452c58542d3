import { getTranslations } from "next-intl/server";

import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { Stat, StatGrid } from "@/components/ui/stat";
import type { getOfficeOverview } from "@/lib/offices/get-office-overview";

type Overview = Awaited<ReturnType<typeof getOfficeOverview>>;

// The office's counts, below the worklist on the home.
export async function OfficeOverview({ overview }: { overview: Overview }) {
  const t = await getTranslations();
  return (
    <Section title={t("worklist.officeAtAGlance")}>
      <StatGrid>
        <Stat label={t("office.openCases")} value={overview.openCases} />
        {overview.byKind.map((row) => (
          <Stat key={row.kind} label={t(`vocabulary.CaseKind.${row.kind}`)} value={row.count} />
        ))}
        <Stat label={t("office.servicesLast30")} value={overview.servicesLast30} />
      </StatGrid>
      {overview.openCases > 0 && (
        <div className="mt-4">
          <SimpleTable
            caption={t("office.byStatus")}
            headers={[t("cases.status"), t("office.openCases")]}
            rows={overview.byStatus.map((row) => [
              t(`vocabulary.CaseStatus.${row.status}`),
              row.count,
            ])}
          />
        </div>
      )}
    </Section>
  );
}
