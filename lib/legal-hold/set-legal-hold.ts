import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { bumpVersion, loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SetLegalHoldInput } from "@/lib/legal-hold/schemas";

// A case on legal hold (litigation, investigation, prosecution) is never anonymised.
export async function setLegalHold(actor: Actor, input: SetLegalHoldInput) {
  assertCan(actor, "case:legal-hold");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId, input.version);
    const { legalHoldSince } = await tx.case.findUniqueOrThrow({
      where: { id: current.id },
      select: { legalHoldSince: true },
    });
    if (!input.isOnHold && !legalHoldSince)
      throw new AppError("VALIDATION", { _form: ["notOnLegalHold"] });
    await bumpVersion(tx, current.id, current.version, {
      legalHoldSince: input.isOnHold ? (legalHoldSince ?? new Date()) : null,
      legalHoldReason: input.isOnHold ? input.reason : null,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.isOnHold ? "case.legal-hold-set" : "case.legal-hold-clear",
      entityType: "case",
      entityId: current.id,
      officeId: current.officeId,
      changedFields: ["legalHoldSince", "legalHoldReason"],
    });
    return { id: current.id, version: current.version + 1 };
  });
}
