import { OfficeReviewView } from "@/components/review/office-review-view";
import { getOfficeReview } from "@/lib/review/get-office-review";
import { requirePermission } from "@/lib/auth/session";

export default async function OfficeReviewPage() {
  const user = await requirePermission("plan:review");
  return <OfficeReviewView review={await getOfficeReview(user)} />;
}
