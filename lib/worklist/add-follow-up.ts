import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { addFollowUpSchema } from "@/lib/worklist/schemas";

// A caseworker's own dated follow-up on an open case of their office. The row and its
// audit entry are one write, run once per form (idempotency key).
export async function addFollowUp(actor: Actor, input: z.output<typeof addFollowUpSchema>) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId);
    return once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "follow-up.add" },
      async () => {
        if (current.status === "CLOSED")
          throw new AppError("VALIDATION", { _form: ["caseClosed"] });
        const followUp = await tx.caseFollowUp.create({
          data: {
            caseId: current.id,
            createdById: actor.id,
            dueOn: toDay(input.dueOn),
            text: input.text,
          },
          select: { id: true, version: true },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "follow-up.add",
          entityType: "case",
          entityId: current.id,
          officeId: current.officeId,
          changedFields: ["followUp.dueOn", "followUp.text"],
        });
        return followUp;
      },
    );
  });
}
