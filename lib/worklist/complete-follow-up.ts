import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { completeFollowUpSchema } from "@/lib/worklist/schemas";

// Marks a follow-up of the actor's office done. The version read with the page decides: a
// follow-up changed or completed since (a second click, another tab) is CONFLICT, nothing
// written; the database decides, in the same statement that writes.
export async function completeFollowUp(
  actor: Actor,
  input: z.output<typeof completeFollowUpSchema>,
) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const found = await tx.caseFollowUp.findFirst({
      where: { id: input.followUpId, case: officeScope(actor) },
      select: { id: true, caseId: true, case: { select: { officeId: true } } },
    });
    if (!found) throw new AppError("NOT_FOUND");
    const { count } = await tx.caseFollowUp.updateMany({
      where: { id: found.id, version: input.version, doneAt: null },
      data: { doneAt: new Date(), doneById: actor.id, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "follow-up.complete",
      entityType: "case",
      entityId: found.caseId,
      officeId: found.case.officeId,
      changedFields: ["followUp.doneAt"],
    });
    return { id: found.id, version: input.version + 1 };
  });
}
