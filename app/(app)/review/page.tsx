import { getTranslations } from "next-intl/server";

import { ReviewQueue } from "@/components/review/review-queue";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listReviewQueue } from "@/lib/review/list-review-queue";

export default async function ReviewQueuePage() {
  const user = await requirePermission("plan:review");
  const plans = await listReviewQueue(user);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("review.title")} />
      <ReviewQueue plans={plans} />
    </>
  );
}
