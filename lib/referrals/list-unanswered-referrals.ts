import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { addDays, today } from "@/lib/dates";
import { db } from "@/lib/db";
import type { ServiceType } from "@/lib/generated/prisma/enums";

export type UnansweredReferral = {
  referralId: string;
  caseId: string;
  caseRef: string;
  providerName: string;
  serviceType: ServiceType;
  sentOn: Date;
  // Whom the case falls to: its assignee, else whoever opened it (as the worklist counts).
  ownerId: string | null;
};

// For the worklist: the actor's office's referrals still waiting for the provider's answer
// (status SENT) that were sent `olderThanDays` days before `asOf` or earlier, oldest first. Ids,
// the case's reference and the provider's name only: no person's data.
export async function listUnansweredReferrals(
  actor: Actor,
  olderThanDays: number,
  asOf: Date = today(),
): Promise<UnansweredReferral[]> {
  assertCan(actor, "case:read");
  const scope = officeScope(actor);
  const rows = await db.referral.findMany({
    where: {
      ...scope,
      status: "SENT",
      sentOn: { lte: addDays(asOf, -Math.max(0, Math.floor(olderThanDays))) },
      case: { ...scope, anonymisedAt: null },
    },
    orderBy: [{ sentOn: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true,
      caseId: true,
      serviceType: true,
      sentOn: true,
      case: { select: { ref: true, assignedToId: true, createdById: true } },
      provider: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    referralId: row.id,
    caseId: row.caseId,
    caseRef: row.case.ref,
    providerName: row.provider.name,
    serviceType: row.serviceType,
    sentOn: row.sentOn,
    ownerId: row.case.assignedToId ?? row.case.createdById,
  }));
}
