import "server-only";

import { sealText, unsealText } from "@/lib/crypto/sealed-text";

// The case search travels in the URL sealed, bound to the user who typed it (their id is
// authenticated data) and valid for 8 hours: a copied or bookmarked link neither shows the
// name to another user, in any office, nor keeps it readable forever.
export const searchTokenLifetimeMs = 8 * 60 * 60 * 1000;

export function sealSearchText(text: string, userId: string, now = new Date()): string {
  const expiresAt = now.getTime() + searchTokenLifetimeMs;
  return sealText(`${expiresAt}:${text}`, { boundTo: `case-search:${userId}` });
}

// The search text, or null for a token of another user, an expired, tampered or old one.
export function openSearchText(token: string, userId: string, now = new Date()): string | null {
  const payload = unsealText(token, { boundTo: `case-search:${userId}` });
  const match = payload?.match(/^(\d+):([\s\S]*)$/);
  if (!match || Number(match[1]) <= now.getTime()) return null;
  return match[2] ?? null;
}
