import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { CaseSummary } from "@/components/cases/case-summary";
import { DecisionForm } from "@/components/review/decision-form";
import { PlanView } from "@/components/review/plan-view";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { showDay, showMoney } from "@/lib/i18n/format";
import type { PlanReview } from "@/lib/review/get-plan-review";
import { pendingStatuses } from "@/lib/review/plan-workflow";

// The plan with the case and the beneficiary's earlier assistance beside it.
export async function PlanReviewView({ review }: { review: PlanReview }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const { plan, record, earlierAssistance } = review;
  return (
    <>
      <PageHeader title={t("review.planTitle", { ref: record.ref })}>
        <Link href="/review" className="text-sm text-blue-700 underline">
          {t("review.title")}
        </Link>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-2">
        <div>
          <Section title={t("plan.title")}>
            <PlanView plan={plan} canDeliver={false} />
          </Section>
          <Section title={t("review.decision")}>
            {pendingStatuses.includes(plan.status) ? (
              <DecisionForm key={plan.version} planId={plan.id} version={plan.version} />
            ) : (
              <EmptyState>{t("review.notPending")}</EmptyState>
            )}
          </Section>
        </div>
        <div>
          <Section title={t("review.caseSummary")}>
            <CaseSummary record={record} />
          </Section>
          <Section title={t("review.earlierAssistance")}>
            {earlierAssistance.length === 0 ? (
              <EmptyState>{t("review.noEarlierAssistance")}</EmptyState>
            ) : (
              <SimpleTable
                caption={t("review.earlierAssistance")}
                headers={[
                  t("service.deliveredOn"),
                  t("service.type"),
                  t("service.amount"),
                  t("review.onCase"),
                ]}
                rows={earlierAssistance.map((service) => [
                  showDay(format, service.deliveredOn),
                  t(`vocabulary.ServiceType.${service.type}`),
                  service.amountMinor !== null && service.currency
                    ? showMoney(format, service.amountMinor, service.currency)
                    : "—",
                  `${service.case.ref} (${t(`vocabulary.CaseKind.${service.case.kind}`)})`,
                ])}
              />
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
