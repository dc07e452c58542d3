import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { Stat, StatGrid } from "@/components/ui/stat";
import { showDay, showMoney } from "@/lib/i18n/format";
import type { OfficeReview } from "@/lib/review/get-office-review";

const bandOrder = ["LOW", "MEDIUM", "HIGH", "NOT_SURVEYED"] as const;

export async function OfficeReviewView({ review }: { review: OfficeReview }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("review.officeTitle", { office: review.office.name })} />
      <StatGrid>
        <Stat label={t("review.reintegrationServices")} value={review.reintegrationServices} />
        <Stat label={t("review.overdue")} value={review.overdue.length} />
      </StatGrid>
      <Section title={t("review.bands")}>
        <SimpleTable
          caption={t("review.bands")}
          headers={[t("review.band"), t("review.cases")]}
          rows={bandOrder.map((band) => [t(`vocabulary.ScoreBand.${band}`), review.bands[band]])}
        />
      </Section>
      <Section title={t("review.overdue")}>
        {review.overdue.length === 0 ? (
          <EmptyState>{t("review.noOverdue")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("review.overdue")}
            headers={[t("review.case"), t("review.lastVisit"), t("review.nextDue")]}
            rows={review.overdue.map((row) => [
              <Link
                key={row.caseId}
                href={`/cases/${row.caseId}/reintegration`}
                className="text-blue-700 underline"
              >
                {row.ref}
              </Link>,
              showDay(format, row.lastVisitedOn),
              showDay(format, row.nextVisitDue),
            ])}
          />
        )}
      </Section>
      <Section title={t("review.spending", { year: review.year })}>
        {review.spending.length === 0 ? (
          <EmptyState>{t("review.noSpending")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("review.spending", { year: review.year })}
            headers={[t("service.type"), t("review.services"), t("service.amount")]}
            rows={review.spending.map((row) => [
              t(`vocabulary.ServiceType.${row.type}`),
              row.services,
              showMoney(format, row.amountMinor, row.currency),
            ])}
          />
        )}
      </Section>
    </>
  );
}
