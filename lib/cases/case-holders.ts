import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db, type DbOrTx } from "@/lib/db";

// Who may hold a case: an active caseworker or supervisor of the case's office.
const fieldRoles = ["CASEWORKER", "SUPERVISOR"] as const;
const holderWhere = (officeId: string) => ({
  officeId,
  isActive: true,
  role: { in: [...fieldRoles] },
});

// Locks the holder's row (FOR SHARE) until the transaction ends: an admin deactivating them
// meanwhile waits, then hands over the cases given here too; after that deactivation
// commits, this finds no one.
export async function findCaseHolder(client: DbOrTx, officeId: string, userId: string) {
  const [holder] = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM users
    WHERE id = ${userId}::uuid AND office_id = ${officeId}::uuid AND is_active
      AND role IN ('CASEWORKER', 'SUPERVISOR')
    FOR SHARE`;
  return holder ?? null;
}

export type CaseHolder = { id: string; name: string };

// The office's active field staff, for the assignee filter and the reassignment controls.
export async function listCaseHolders(actor: Actor): Promise<CaseHolder[]> {
  assertCan(actor, "case:read");
  return listHoldersOfOffice(db, officeScope(actor).officeId);
}

export async function listHoldersOfOffice(client: DbOrTx, officeId: string): Promise<CaseHolder[]> {
  return client.user.findMany({
    where: holderWhere(officeId),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
