import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bumpPlanVersion, loadPlanForWrite } from "@/lib/review/load-plan-for-write";
import { isEditable } from "@/lib/review/plan-workflow";
import { submitPlanSchema } from "@/lib/review/schemas";

// Sends a draft or returned plan to the office's supervisors; from here it is locked.
export async function submitPlan(actor: Actor, input: z.output<typeof submitPlanSchema>) {
  assertCan(actor, "plan:draft");
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId, input.version);
    if (!isEditable(plan.status)) throw new AppError("VALIDATION", { _form: ["planLocked"] });
    if (plan.case.status === "CLOSED") throw new AppError("VALIDATION", { _form: ["caseClosed"] });
    await bumpPlanVersion(tx, plan.id, plan.version, {
      status: "SUBMITTED",
      submittedAt: new Date(),
      firstApprovedById: null,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.submit",
      entityType: "case",
      entityId: plan.caseId,
      officeId: plan.officeId,
      changedFields: ["planStatus"],
    });
    return { id: plan.id, version: plan.version + 1, status: "SUBMITTED" as const };
  });
}
