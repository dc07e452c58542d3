import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { useRecoveryCode } from "@/lib/auth/mfa/recovery-codes";
import { matchTotpStep } from "@/lib/auth/mfa/totp";
import { releaseAttempt, reserveAttempt } from "@/lib/auth/throttle";
import { unsealText } from "@/lib/crypto/sealed-text";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type MfaMethod = "totp" | "recovery";
// "pending": the enrollment being confirmed; "confirmed": an active authenticator.
type Stage = "pending" | "confirmed";

export function unsealMfaSecret(userId: string, sealed: string): string | null {
  return unsealText(sealed, { purpose: "mfa-secret", boundTo: userId });
}

// A code is accepted at most once: its time step must be later than the last one accepted,
// and the database decides, so two parallel requests with one code cannot both pass.
async function acceptTotp(
  userId: string,
  code: string,
  stage: Stage,
  now: number,
): Promise<boolean> {
  const mfa = await db.userMfa.findUnique({
    where: { userId },
    select: { secretSealed: true, confirmedAt: true },
  });
  if (!mfa || (stage === "confirmed") !== (mfa.confirmedAt !== null)) return false;
  const secret = unsealMfaSecret(userId, mfa.secretSealed);
  if (!secret) {
    console.error("[auth] an MFA secret could not be unsealed (was NEXTAUTH_SECRET changed?)");
    return false;
  }
  const step = matchTotpStep(secret, code, now);
  if (step === null) return false;
  const { count } = await db.userMfa.updateMany({
    where: {
      userId,
      confirmedAt: stage === "confirmed" ? { not: null } : null,
      OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }],
    },
    data: { lastUsedStep: BigInt(step) },
  });
  return count === 1;
}

// `code` comes compacted from the zod schema: 6 digits, or a 12-character recovery code.
export async function verifyMfaCode(
  userId: string,
  code: string,
  { stage = "confirmed" as Stage, now = Date.now() } = {},
): Promise<MfaMethod | null> {
  if (/^\d{6}$/.test(code)) return (await acceptTotp(userId, code, stage, now)) ? "totp" : null;
  if (stage === "pending") return null;
  const isUsed = await db.$transaction(async (tx) => {
    const used = await useRecoveryCode(tx, userId, code);
    if (used)
      await recordAudit(tx, {
        actorId: userId,
        action: "auth.mfa-recovery-code-used",
        entityType: "user",
        entityId: userId,
      });
    return used;
  });
  return isUsed ? "recovery" : null;
}

// A wrong code counts towards the sign-in lockout like a wrong password; the code that
// takes the last point also logs the lock.
export async function recordMfaFailure(userId: string, locksAccount: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.mfa-failed",
      entityType: "user",
      entityId: userId,
    });
    if (locksAccount)
      await recordAudit(tx, {
        actorId: null,
        action: "auth.account-locked",
        entityType: "user",
        entityId: userId,
      });
  });
}

// For a signed-in user proving the authenticator on the account page: throttled like the
// current-password check, and audited when wrong.
export async function assertMfaCode(
  actor: Actor,
  code: string,
  stage: Stage = "confirmed",
): Promise<MfaMethod> {
  const throttleKey = `account:${actor.id}`;
  const attempt = await reserveAttempt(actor.email, throttleKey);
  if (!attempt.allowed) throw new AppError(attempt.reason);
  const method = await verifyMfaCode(actor.id, code, { stage });
  if (!method) {
    await recordMfaFailure(actor.id, attempt.locksOnFailure);
    throw new AppError("VALIDATION", { code: ["wrongMfaCode"] });
  }
  await releaseAttempt(actor.email, throttleKey);
  return method;
}
