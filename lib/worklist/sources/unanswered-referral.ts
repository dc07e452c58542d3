import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { addDays } from "@/lib/dates";
import { listUnansweredReferrals } from "@/lib/referrals/list-unanswered-referrals";
import type { WorklistSource } from "@/lib/worklist/sources/source";
import { REFERRAL_ANSWER_DAYS } from "@/lib/worklist/worklist-item";

// A referral the provider has not answered REFERRAL_ANSWER_DAYS after it was sent: due on
// that day, done once an answer (or a revocation) is recorded.
export const unansweredReferralItems: WorklistSource = async (actor: Actor, query) => {
  const lookAhead = Math.round((query.horizon.getTime() - query.today.getTime()) / 86_400_000);
  const referrals = await listUnansweredReferrals(
    actor,
    REFERRAL_ANSWER_DAYS - lookAhead,
    query.today,
  );
  return referrals
    .filter((referral) => query.ownerId === null || referral.ownerId === query.ownerId)
    .map((referral) => ({
      kind: "REFERRAL_UNANSWERED" as const,
      key: `REFERRAL_UNANSWERED:${referral.referralId}`,
      caseId: referral.caseId,
      caseRef: referral.caseRef,
      ownerId: referral.ownerId,
      dueOn: addDays(referral.sentOn, REFERRAL_ANSWER_DAYS),
      href: `/cases/${referral.caseId}#referrals`,
      text: referral.providerName,
    }));
};
