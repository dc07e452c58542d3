import { OfficeReviewView } from "@/components/review/office-review-view";
import { requirePermission } from "@/lib/auth/session";
import { getOfficeReview } from "@/lib/review/get-office-review";

export default async function OfficeReviewPage() {
  const user = await requirePermission("plan:review");
  return <OfficeReviewView review={await getOfficeReview(user)} />;
}
