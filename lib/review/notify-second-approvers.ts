import "server-only";

import type { Tx } from "@/lib/db";

type PlanAwaiting = {
  id: string;
  caseId: string;
  officeId: string;
  draftedById: string;
  lastEditedById: string;
  authorIds: readonly string[];
};

// After a first approval, the office's other active supervisors who may give the second one
// (not the first approver, not an author of the plan) are told in their inbox. Part of the
// decision's transaction: no approval without its notices.
export async function notifySecondApprovers(
  tx: Tx,
  plan: PlanAwaiting,
  firstApproverId: string,
): Promise<number> {
  const excluded = [
    ...new Set([firstApproverId, plan.draftedById, plan.lastEditedById, ...plan.authorIds]),
  ];
  const supervisors = await tx.user.findMany({
    where: { officeId: plan.officeId, role: "SUPERVISOR", isActive: true, id: { notIn: excluded } },
    select: { id: true },
  });
  const { count } = await tx.inboxMessage.createMany({
    data: supervisors.map((supervisor) => ({
      userId: supervisor.id,
      caseId: plan.caseId,
      planId: plan.id,
      kind: "PLAN_NEEDS_SECOND_APPROVAL" as const,
    })),
  });
  return count;
}
