import { notFound } from "next/navigation";
import { CaseSummary } from "@/components/cases/case-summary";
import { getCase } from "@/lib/cases/get-case";
import { requirePermission } from "@/lib/auth/session";

export default async function CasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requirePermission("case:read");
  const record = await getCase(user, (await params).caseId);
  if (!record) notFound();
  return <CaseSummary record={record} />;
}
