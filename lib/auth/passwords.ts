import { randomBytes } from "node:crypto";

import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. Algorithm 2 is Argon2id
// (the package's const enum cannot be imported under isolatedModules).
const options = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Stored for an account whose user has not chosen a password yet (or whose password an admin
// reset): no password verifies against it.
export function unusablePasswordHash(): string {
  return `!unset:${randomBytes(16).toString("hex")}`;
}

export function isUsablePasswordHash(passwordHash: string): boolean {
  return passwordHash.startsWith("$argon2");
}

// Verified against when the email is unknown, so a miss costs the same time as a hit.
let decoyHash: Promise<string> | undefined;
export function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-never-valid");
  return decoyHash;
}
