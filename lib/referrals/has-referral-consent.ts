import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { today } from "@/lib/dates";
import { db } from "@/lib/db";
import { coversReferral } from "@/lib/referrals/referral-workflow";

// Whether a referral consent is in force today, for the case page's hint; sending a referral
// checks it again in its own transaction.
export async function hasReferralConsent(actor: Actor, caseId: string): Promise<boolean> {
  assertCan(actor, "case:read");
  const consents = await db.caseConsent.findMany({
    where: { caseId, purpose: "REFERRAL", case: officeScope(actor) },
    select: { purpose: true, givenOn: true, withdrawnOn: true, anyOffice: true, countries: true },
  });
  return consents.some((consent) => coversReferral(consent, today()));
}
