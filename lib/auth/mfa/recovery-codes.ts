import "server-only";

import { randomInt } from "node:crypto";

import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { DbOrTx } from "@/lib/db";

export const recoveryCodeCount = 10;
// No 0/o, 1/l/i: codes get copied by hand. 12 characters of 31 ≈ 59 bits each.
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}-${chars.slice(8).join("")}`;
}

// Replaces every recovery code of the user; returns the new ones, to be shown once.
export async function replaceRecoveryCodes(
  tx: DbOrTx,
  userId: string,
  codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode),
): Promise<string[]> {
  const hashes = await Promise.all(codes.map((code) => hashPassword(code.replaceAll("-", ""))));
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  return codes;
}

// `code` is already compacted (lowercase, no dashes). Marks the matching code used, at most
// once even under parallel requests; returns whether one was used.
export async function useRecoveryCode(tx: DbOrTx, userId: string, code: string): Promise<boolean> {
  const unused = await tx.mfaRecoveryCode.findMany({
    where: { userId, usedAt: null },
    select: { id: true, codeHash: true },
  });
  const matches = await Promise.all(unused.map((row) => verifyPassword(row.codeHash, code)));
  const match = unused[matches.indexOf(true)];
  if (!match) return false;
  const { count } = await tx.mfaRecoveryCode.updateMany({
    where: { id: match.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
