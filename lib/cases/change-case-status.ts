import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { bumpVersion, loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { changeCaseStatusSchema } from "@/lib/cases/schemas";
import { isTransitionAllowed } from "@/lib/cases/workflow";
import { toDay } from "@/lib/dates";
import { db, type DbOrTx, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function statusBeforeClosing(tx: DbOrTx, caseId: string) {
  const closing = await tx.caseStatusChange.findFirst({
    where: { caseId, toStatus: "CLOSED" },
    orderBy: { changedAt: "desc" },
    select: { fromStatus: true },
  });
  return closing?.fromStatus ?? null;
}

// Composes into the caller's transaction when given one (a household's departure changes
// several cases at once, all or none).
export async function changeCaseStatus(
  actor: Actor,
  input: z.output<typeof changeCaseStatusSchema>,
  client?: Tx,
) {
  assertCan(actor, "case:write");
  const run = async (tx: Tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId, input.version);
    const previous = current.status === "CLOSED" ? await statusBeforeClosing(tx, current.id) : null;
    if (!isTransitionAllowed(current.kind, current.status, input.toStatus, previous)) {
      throw new AppError("VALIDATION", { toStatus: ["transitionNotAllowed"] });
    }
    const isReopening = current.status === "CLOSED";
    if (isReopening && !input.reason) throw new AppError("VALIDATION", { reason: ["required"] });
    const effectiveOn = toDay(input.effectiveOn);
    if (effectiveOn < current.openedOn)
      throw new AppError("VALIDATION", { effectiveOn: ["beforeOpening"] });

    await bumpVersion(tx, current.id, current.version, {
      status: input.toStatus,
      closedOn: input.toStatus === "CLOSED" ? effectiveOn : null,
      ...(input.toStatus === "DEPARTED" && !isReopening && { actualDepartureOn: effectiveOn }),
    });
    await tx.caseStatusChange.create({
      data: {
        caseId: current.id,
        fromStatus: current.status,
        toStatus: input.toStatus,
        effectiveOn,
        reason: input.reason,
        changedById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: isReopening ? "case.reopen" : "case.status-change",
      entityType: "case",
      entityId: current.id,
      officeId: current.officeId,
      changedFields: [
        "status",
        ...(input.toStatus === "CLOSED" || isReopening ? ["closedOn"] : []),
      ],
    });
    return { id: current.id, version: current.version + 1, status: input.toStatus };
  };
  return client ? run(client) : db.$transaction(run);
}
