import "server-only";

import { z } from "zod";

import type { BeneficiarySearch } from "@/lib/beneficiaries/beneficiary-list-query";
import { openSearchText, sealSearchText } from "@/lib/cases/case-search-token";

// The registry's search travels the way the case list's does (lib/cases/case-search-token.ts):
// sealed for the user who typed it, for 8 hours. The token holds the text and the birth date
// together, so neither shows in the address bar, history or logs.
const payload = z.object({ text: z.string().max(400), birthDate: z.iso.date().nullable() });

export function sealBeneficiarySearch(
  search: BeneficiarySearch,
  userId: string,
  now = new Date(),
): string {
  return sealSearchText(JSON.stringify(payload.parse(search)), userId, now);
}

// The search, or null for a token that does not open (another user's, expired, tampered,
// or a case-list token, which holds plain text).
export function openBeneficiarySearch(
  token: string,
  userId: string,
  now = new Date(),
): BeneficiarySearch | null {
  const text = openSearchText(token, userId, now);
  if (text === null) return null;
  try {
    const parsed = payload.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
