import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { formatDay } from "@/lib/dates";
import { formatMoney } from "@/lib/money/currency";
import type { ReviewQueueRow } from "@/lib/review/list-review-queue";

export async function ReviewQueue({ plans }: { plans: ReviewQueueRow[] }) {
  const t = await getTranslations();
  if (plans.length === 0) return <EmptyState>{t("review.empty")}</EmptyState>;
  return (
    <SimpleTable
      caption={t("review.title")}
      headers={[
        t("review.case"),
        t("review.beneficiary"),
        t("plan.status"),
        t("review.drafter"),
        t("review.submitted"),
        t("review.items"),
        t("review.total"),
        "",
      ]}
      rows={plans.map((plan) => [
        plan.case.ref,
        `${plan.case.beneficiary.familyName}, ${plan.case.beneficiary.givenName}`,
        t(`vocabulary.PlanStatus.${plan.status}`),
        plan.draftedBy.name,
        plan.submittedAt ? formatDay(plan.submittedAt) : "—",
        plan._count.items,
        formatMoney(plan.totalMinor, plan.currency),
        <Link
          key={plan.id}
          href={`/review/plans/${plan.id}`}
          className="text-blue-700 underline"
          aria-label={t("review.openCase", { ref: plan.case.ref })}
        >
          {t("review.open")}
        </Link>,
      ])}
    />
  );
}
