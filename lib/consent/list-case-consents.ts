import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// The case's consents, newest first; empty for a case the actor's office does not hold.
export async function listCaseConsents(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  return db.caseConsent.findMany({
    where: { caseId, case: officeScope(actor) },
    orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      purpose: true,
      type: true,
      givenBy: true,
      guardianName: true,
      guardianRelationship: true,
      givenOn: true,
      anyOffice: true,
      countries: true,
      withdrawnOn: true,
      withdrawalReason: true,
      recordedBy: { select: { name: true } },
      withdrawnBy: { select: { name: true } },
    },
  });
}
export type CaseConsentRow = Awaited<ReturnType<typeof listCaseConsents>>[number];
