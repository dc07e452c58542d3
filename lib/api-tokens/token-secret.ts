import { createHash, randomBytes } from "node:crypto";

// "psg_" marks the string as a Passage token (secret scanners can look for it), then 256
// random bits. Only the SHA-256 is stored: a copy of the database opens nothing.
const PREFIX = "psg_";

export function newTokenSecret(): string {
  return `${PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// The token of an "Authorization: Bearer …" header, or null for any other form.
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header?.trim() ?? "");
  return match ? match[1]! : null;
}
