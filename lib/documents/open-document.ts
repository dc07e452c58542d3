import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { isMediaType, type MediaType } from "./media-types";
import { documentStorage, type RunAs } from "./storage";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type OpenedDocument = {
  id: string;
  fileName: string;
  mediaType: MediaType;
  sizeBytes: number;
  chunks: AsyncGenerator<Uint8Array>;
};

// A document of the actor's office, not deleted, for download ("download") or for the
// inline preview ("view"); each opening is audited before a byte is sent. Another office's
// document, a deleted one and an id that is not one all read as NOT_FOUND.
export async function openDocument(
  actor: Actor,
  documentId: string,
  purpose: "download" | "view",
  runAs: RunAs,
): Promise<OpenedDocument> {
  assertCan(actor, "case:read");
  const scope = officeScope(actor);
  if (!UUID.test(documentId)) throw new AppError("NOT_FOUND");
  const found = await db.$transaction(async (tx) => {
    const document = await tx.caseDocument.findFirst({
      where: { id: documentId, deletedAt: null, case: scope },
      select: { id: true, fileName: true, mediaType: true, sizeBytes: true },
    });
    if (!document || !isMediaType(document.mediaType)) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      actorId: actor.id,
      action: `document.${purpose}`,
      entityType: "document",
      entityId: document.id,
      officeId: scope.officeId,
    });
    return { ...document, mediaType: document.mediaType };
  });
  return { ...found, chunks: documentStorage().read(found.id, runAs) };
}
