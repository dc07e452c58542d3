import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// A case's referrals, newest first; [] for a case of another office.
export async function listCaseReferrals(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  const scope = officeScope(actor);
  return db.referral.findMany({
    where: { caseId, ...scope, case: scope },
    orderBy: [{ sentOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      serviceType: true,
      status: true,
      sentOn: true,
      answeredOn: true,
      completedOn: true,
      revokedOn: true,
      note: true,
      version: true,
      serviceId: true,
      provider: { select: { name: true, isActive: true } },
    },
  });
}
export type CaseReferralRow = Awaited<ReturnType<typeof listCaseReferrals>>[number];
