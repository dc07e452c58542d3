import { notFound } from "next/navigation";

import { ReintegrationPageView } from "@/components/review/reintegration-page-view";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/get-case";
import { getCaseMonitoring } from "@/lib/monitoring/get-case-monitoring";
import { getCasePlan } from "@/lib/review/get-case-plan";

export default async function ReintegrationPage({
  params,
}: {
  params: Promise<{ caseId: string }>;
}) {
  const user = await requirePermission("case:read");
  const { caseId } = await params;
  const record = await getCase(user, caseId);
  if (!record || record.kind !== "REINTEGRATION") notFound();
  const [plan, monitoring] = await Promise.all([
    getCasePlan(user, caseId),
    getCaseMonitoring(user, caseId),
  ]);
  return (
    <ReintegrationPageView
      record={record}
      plan={plan}
      monitoring={monitoring}
      canDraft={can(user, "plan:draft")}
      canDeliver={can(user, "plan:deliver")}
    />
  );
}
