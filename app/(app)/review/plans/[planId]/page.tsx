import { notFound } from "next/navigation";

import { PlanReviewView } from "@/components/review/plan-review-view";
import { requirePermission } from "@/lib/auth/session";
import { getPlanReview } from "@/lib/review/get-plan-review";

export default async function PlanReviewPage({ params }: { params: Promise<{ planId: string }> }) {
  const user = await requirePermission("plan:review");
  const { planId } = await params;
  const review = await getPlanReview(user, planId);
  if (!review) notFound();
  return <PlanReviewView review={review} />;
}
