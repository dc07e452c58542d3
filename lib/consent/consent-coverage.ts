import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

export type ConsentTerms = {
  purpose: ConsentPurpose;
  givenOn: Date;
  withdrawnOn: Date | null;
  anyOffice: boolean;
  countries: string[];
};

// In force from the day it was given up to, not including, the day it was withdrawn.
export function isConsentActive(consent: ConsentTerms, on: Date): boolean {
  return consent.givenOn <= on && (consent.withdrawnOn === null || consent.withdrawnOn > on);
}

// A hand-over consent covers an office by its host country, or every office.
export function coversHandOver(consent: ConsentTerms, hostCountry: string, on: Date): boolean {
  return (
    consent.purpose === "HAND_OVER" &&
    isConsentActive(consent, on) &&
    (consent.anyOffice || consent.countries.includes(hostCountry))
  );
}
