import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// The plan as a write needs it, from the actor's office only (another office's plan is
// NOT_FOUND). A stale version is CONFLICT, like cases.
export async function loadPlanForWrite(
  client: DbOrTx,
  actor: Actor,
  planId: string,
  expectedVersion?: number,
) {
  const found = await client.reintegrationPlan.findFirst({
    where: { id: planId, ...officeScope(actor) },
    select: {
      id: true,
      caseId: true,
      officeId: true,
      status: true,
      version: true,
      currency: true,
      totalMinor: true,
      draftedById: true,
      lastEditedById: true,
      firstApprovedById: true,
      authors: { select: { userId: true } },
      case: { select: { status: true } },
    },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (expectedVersion !== undefined && found.version !== expectedVersion)
    throw new AppError("CONFLICT");
  const { authors, ...plan } = found;
  return { ...plan, authorIds: authors.map((author) => author.userId) };
}

// Saves only if nobody saved since `version` was read; the database decides.
export async function bumpPlanVersion(
  client: DbOrTx,
  planId: string,
  version: number,
  data: object,
): Promise<void> {
  const { count } = await client.reintegrationPlan.updateMany({
    where: { id: planId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT");
}
