import { notFound } from "next/navigation";
import { PlanReviewView } from "@/components/review/plan-review-view";
import { getPlanReview } from "@/lib/review/get-plan-review";
import { requirePermission } from "@/lib/auth/session";

export default async function PlanReviewPage({ params }: { params: Promise<{ planId: string }> }) {
  const user = await requirePermission("plan:review");
  const { planId } = await params;
  const review = await getPlanReview(user, planId);
  if (!review) notFound();
  return <PlanReviewView review={review} />;
}
