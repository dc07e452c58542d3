import { isConsentActive, type ConsentTerms } from "@/lib/consent/consent-coverage";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";

// sent → accepted or declined → completed; revoked at any time before completion. The
// caseworker records each step as the provider answers.
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  SENT: ["ACCEPTED", "DECLINED", "REVOKED"],
  ACCEPTED: ["COMPLETED", "REVOKED"],
  DECLINED: [],
  COMPLETED: [],
  REVOKED: [],
};

export function canMoveReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

// A referral consent covers a referral by the case's office to any provider of its
// directory, from the day it was given up to the day it is withdrawn (as every consent).
export function coversReferral(consent: ConsentTerms, on: Date): boolean {
  return consent.purpose === "REFERRAL" && isConsentActive(consent, on);
}
