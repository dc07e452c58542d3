import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { showMoney } from "@/lib/i18n/format";
import type { ReviewQueueRow } from "@/lib/review/list-review-queue";

export async function ReviewQueue({ plans }: { plans: ReviewQueueRow[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
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
        t("a11y.actionColumn"),
      ]}
      rows={plans.map((plan) => [
        plan.case.ref,
        `${plan.case.beneficiary.familyName}, ${plan.case.beneficiary.givenName}`,
        t(`vocabulary.PlanStatus.${plan.status}`),
        plan.draftedBy.name,
        plan.submittedAt ? format.dateTime(plan.submittedAt, { dateStyle: "medium" }) : "—",
        plan._count.items,
        showMoney(format, plan.totalMinor, plan.currency),
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
