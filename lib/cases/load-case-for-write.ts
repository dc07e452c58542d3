import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// The case as a write needs it, from the actor's office only; another office's case is
// NOT_FOUND. A stale version means someone saved in between: CONFLICT, nothing written.
// An anonymised case is read-only: new data would undo what anonymisation removed.
export async function loadCaseForWrite(
  client: DbOrTx,
  actor: Actor,
  caseId: string,
  expectedVersion?: number,
) {
  const found = await client.case.findFirst({
    where: { id: caseId, ...officeScope(actor) },
    select: {
      id: true,
      kind: true,
      status: true,
      version: true,
      openedOn: true,
      officeId: true,
      projectId: true,
      beneficiaryId: true,
      anonymisedAt: true,
    },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (found.anonymisedAt) throw new AppError("VALIDATION", { _form: ["caseAnonymised"] });
  if (expectedVersion !== undefined && found.version !== expectedVersion)
    throw new AppError("CONFLICT");
  return found;
}

// Saves only if nobody saved since `version` was read; the database decides, not the check above.
export async function bumpVersion(
  client: DbOrTx,
  caseId: string,
  version: number,
  data: object,
): Promise<void> {
  const { count } = await client.case.updateMany({
    where: { id: caseId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT");
}
