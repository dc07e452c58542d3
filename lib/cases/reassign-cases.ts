import "server-only";

import type { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { findCaseHolder } from "@/lib/cases/case-holders";
import type { reassignCasesSchema } from "@/lib/cases/schemas";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { notifyCasesAssigned } from "@/lib/inbox/notify-cases-assigned";

type ReassignCasesInput = z.output<typeof reassignCasesSchema>;

// A supervisor gives one or many cases of the office to an active caseworker or supervisor
// of the same office. Each case carries the version the supervisor saw: if any of them
// changed since (an edit, another reassignment), the whole batch is refused with CONFLICT
// and nothing moves. One audit entry per case and one notice for the new holder, in the
// same transaction. A case already held by the new holder is left as it is.
export async function reassignCases(actor: Actor, input: ReassignCasesInput) {
  assertCan(actor, "case:reassign");
  const { officeId } = officeScope(actor);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "case.reassign" }, async () => {
      if (!(await findCaseHolder(tx, officeId, input.assigneeId)))
        throw new AppError("VALIDATION", { assigneeId: ["assigneeNotAvailable"] });
      const found = await tx.case.findMany({
        where: { id: { in: input.cases.map((item) => item.caseId) }, officeId },
        select: { id: true, ref: true, assignedToId: true, anonymisedAt: true },
      });
      if (found.length !== input.cases.length) throw new AppError("NOT_FOUND");
      if (found.some((record) => record.anonymisedAt))
        throw new AppError("VALIDATION", { _form: ["caseAnonymised"] });
      const byId = new Map(found.map((record) => [record.id, record]));
      const moved: string[] = [];
      // In id order, so that two batches sharing cases lock them in the same order.
      const cases = [...input.cases].sort((a, b) => a.caseId.localeCompare(b.caseId));
      for (const { caseId, version } of cases) {
        const record = byId.get(caseId)!;
        const where = { id: caseId, officeId, version };
        // The database decides a conflict: the row must still be at the version seen.
        const isHeld = record.assignedToId === input.assigneeId;
        const count = isHeld
          ? await tx.case.count({ where })
          : (
              await tx.case.updateMany({
                where,
                data: { assignedToId: input.assigneeId, version: { increment: 1 } },
              })
            ).count;
        if (count !== 1) throw new AppError("CONFLICT");
        if (isHeld) continue;
        await auditReassignment(tx, actor.id, officeId, caseId, "case.reassign");
        moved.push(record.ref);
      }
      await notifyCasesAssigned(tx, {
        recipientId: input.assigneeId,
        byUserId: actor.id,
        caseRefs: moved,
      });
      return { assigneeId: input.assigneeId, moved: moved.length };
    }),
  );
}

export async function auditReassignment(
  tx: Tx,
  actorId: string,
  officeId: string,
  caseId: string,
  action: "case.reassign" | "case.hand-off",
): Promise<void> {
  await recordAudit(tx, {
    actorId,
    action,
    entityType: "case",
    entityId: caseId,
    officeId,
    changedFields: ["assignedToId"],
  });
}
