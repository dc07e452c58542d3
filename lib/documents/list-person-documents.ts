import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// A person's documents across the cases of theirs the actor's office holds, newest first;
// deleted ones are left out (each case's own list shows them with their reason).
export async function listPersonDocuments(actor: Actor, beneficiaryId: string) {
  assertCan(actor, "case:read");
  return db.caseDocument.findMany({
    where: { deletedAt: null, case: { beneficiaryId, ...officeScope(actor) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      type: true,
      fileName: true,
      createdAt: true,
      case: { select: { id: true, ref: true } },
    },
  });
}
