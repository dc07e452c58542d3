import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import { createSignInChallenge } from "@/lib/auth/mfa/sign-in-challenge";
import { openSession, type OpenedSession } from "@/lib/auth/open-session";
import { getDecoyHash, isUsablePasswordHash, verifyPassword } from "@/lib/auth/passwords";
import { signInSchema } from "@/lib/auth/schemas";
import { releaseAttempt, reserveAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";

export type SignInResult =
  | OpenedSession
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "MFA_REQUIRED"; challenge: string }
  | { ok: false; reason: "THROTTLED" | "LOCKED"; retryAfterSeconds: number };

// A wrong password, an unknown email and a deactivated account are the same "INVALID",
// and cost the same argon2 verification, so the answer reveals nothing about the account;
// so is an account whose user has not set a password yet.
export async function signInWithPassword(raw: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password } = parsed.data;

  const attempt = await reserveAttempt(email, ip);
  if (!attempt.allowed)
    return { ok: false, reason: attempt.reason, retryAfterSeconds: attempt.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      isActive: true,
      sessionVersion: true,
      passwordHash: true,
      officeId: true,
      mfa: { select: { confirmedAt: true } },
    },
  });
  // An account waiting for its user to set a password verifies against the decoy too, and fails.
  const hasPassword = !!user && isUsablePasswordHash(user.passwordHash);
  const isPasswordRight =
    (await verifyPassword(hasPassword ? user.passwordHash : await getDecoyHash(), password)) &&
    hasPassword;

  if (!user || !user.isActive || !isPasswordRight) {
    await db.$transaction(async (tx) => {
      await recordAudit(tx, {
        actorId: user?.id ?? null,
        action: "auth.sign-in-failed",
        entityType: "user",
        entityId: user?.id,
      });
      // An unknown email is locked too (the answer must not tell); its entry has no user.
      if (attempt.locksOnFailure)
        await recordAudit(tx, {
          actorId: null,
          action: "auth.account-locked",
          entityType: "user",
          entityId: user?.id,
        });
    });
    return { ok: false, reason: "INVALID" };
  }

  // With an authenticator, the password opens no session, only a challenge for the code
  // step; its throttle points stay taken until a code is accepted, so a known password
  // cannot reset the count of wrong codes.
  if (user.mfa?.confirmedAt)
    return { ok: false, reason: "MFA_REQUIRED", challenge: await createSignInChallenge(user.id) };
  await releaseAttempt(email, ip);
  return openSession(user);
}
