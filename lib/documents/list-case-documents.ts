import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// The case's documents, newest first, deleted ones with who deleted them and why; empty for
// a case the actor's office does not hold.
export async function listCaseDocuments(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  return db.caseDocument.findMany({
    where: { caseId, case: officeScope(actor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      type: true,
      fileName: true,
      mediaType: true,
      sizeBytes: true,
      createdAt: true,
      consent: { select: { id: true, purpose: true, givenOn: true } },
      uploadedBy: { select: { name: true } },
      deletedAt: true,
      deletionReason: true,
      deletedBy: { select: { name: true } },
    },
  });
}
export type CaseDocumentRow = Awaited<ReturnType<typeof listCaseDocuments>>[number];
