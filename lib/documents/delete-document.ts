import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

import type { DeleteDocumentInput } from "./schemas";
import { documentStorage } from "./storage";

// Erases the bytes and keeps the row with when, why and by whom (the audit trail). Happens
// once: of two concurrent deletions the second finds the document gone.
export async function deleteDocument(actor: Actor, input: DeleteDocumentInput) {
  assertCan(actor, "case:write");
  const scope = officeScope(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.caseDocument.updateMany({
      where: { id: input.documentId, deletedAt: null, case: scope },
      data: { deletedAt: new Date(), deletedById: actor.id, deletionReason: input.reason },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await documentStorage().erase(tx, [input.documentId]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.delete",
      entityType: "document",
      entityId: input.documentId,
      officeId: scope.officeId,
      changedFields: ["deletedAt", "deletionReason", "content"],
    });
    return { id: input.documentId };
  });
}
