import "server-only";

import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// AES-256-GCM under a key derived from the app secret, one key per purpose: text that must
// travel in a URL but not be readable there (a name typed into the case search), and TOTP
// secrets at rest. `boundTo` (e.g. the owner's id) is authenticated, so a sealed value
// copied onto another row does not open.
export type SealOptions = { purpose?: "sealed-text" | "mfa-secret"; boundTo?: string };

function key(purpose: string): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return createHash("sha256").update(`passage:${purpose}:${secret}`).digest();
}

export function sealText(
  text: string,
  { purpose = "sealed-text", boundTo = "" }: SealOptions = {},
): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const encrypted = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString("base64url");
}

export function unsealText(
  token: string,
  { purpose = "sealed-text", boundTo = "" }: SealOptions = {},
): string | null {
  try {
    const data = Buffer.from(token, "base64url");
    if (data.length < 29) return null;
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), data.subarray(0, 12));
    decipher.setAAD(Buffer.from(boundTo, "utf8"));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
