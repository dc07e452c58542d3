import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bumpPlanVersion, loadPlanForWrite } from "@/lib/review/load-plan-for-write";
import { notifySecondApprovers } from "@/lib/review/notify-second-approvers";
import { decidePlanOutcome } from "@/lib/review/plan-workflow";
import { decidePlanSchema } from "@/lib/review/schemas";

// A supervisor approves, returns or rejects a pending plan of their office. The decision,
// the plan's new status, the authors' inbox messages (and, after a first approval, the
// notices to the supervisors who may give the second) and the audit entry are one write.
export async function decidePlan(actor: Actor, input: z.output<typeof decidePlanSchema>) {
  assertCan(actor, "plan:review");
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId, input.version);
    const office = await tx.office.findUniqueOrThrow({
      where: { id: plan.officeId },
      select: { secondApprovalMinor: true, secondApprovalCurrency: true },
    });
    const threshold =
      office.secondApprovalMinor !== null && office.secondApprovalCurrency
        ? { minor: office.secondApprovalMinor, currency: office.secondApprovalCurrency }
        : null;
    const outcome = decidePlanOutcome(plan, actor.id, input.decision, threshold);
    if (!outcome.ok) throw new AppError("VALIDATION", { _form: [outcome.reason] });
    await bumpPlanVersion(tx, plan.id, plan.version, {
      status: outcome.status,
      firstApprovedById:
        outcome.recorded === "FIRST_APPROVAL"
          ? actor.id
          : outcome.status === "APPROVED"
            ? plan.firstApprovedById
            : null,
    });
    await tx.planDecision.create({
      data: {
        planId: plan.id,
        decidedById: actor.id,
        decision: outcome.recorded,
        comment: input.comment,
      },
    });
    const recipients = [...new Set([plan.draftedById, plan.lastEditedById])].filter(
      (userId) => userId !== actor.id,
    );
    await tx.inboxMessage.createMany({
      data: recipients.map((userId) => ({
        userId,
        caseId: plan.caseId,
        planId: plan.id,
        kind: outcome.inbox,
      })),
    });
    if (outcome.recorded === "FIRST_APPROVAL") await notifySecondApprovers(tx, plan, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `plan.${outcome.recorded.toLowerCase().replace("_", "-")}`,
      entityType: "case",
      entityId: plan.caseId,
      officeId: plan.officeId,
      changedFields: ["planStatus", ...(input.comment ? ["comment"] : [])],
    });
    return { id: plan.id, version: plan.version + 1, status: outcome.status };
  });
}
