import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { mfaSignInSchema } from "@/lib/auth/mfa/schemas";
import { recordMfaFailure, verifyMfaCode } from "@/lib/auth/mfa/verify-mfa-code";
import { openSession, type OpenedSession } from "@/lib/auth/open-session";
import { releaseAttempt, reserveAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const challengeLifetimeSeconds = 5 * 60;
const maxCodeAttempts = 5;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

// After a correct password, for a user with MFA: no session yet, only this challenge.
export async function createSignInChallenge(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.mfaChallenge.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + challengeLifetimeSeconds * 1000),
    },
  });
  return token;
}

export type MfaSignInResult =
  | OpenedSession
  | { ok: false; reason: "INVALID_CODE" | "CHALLENGE_ENDED" }
  | { ok: false; reason: "THROTTLED" | "LOCKED"; retryAfterSeconds: number };

// Takes one attempt on a live challenge, atomically, or returns null when it has expired,
// been used, or run out of attempts.
async function takeAttempt(token: string) {
  try {
    return await db.mfaChallenge.update({
      where: {
        tokenHash: hashToken(token),
        consumedAt: null,
        expiresAt: { gt: new Date() },
        attempts: { lt: maxCodeAttempts },
      },
      data: { attempts: { increment: 1 } },
      select: {
        id: true,
        user: {
          select: { id: true, email: true, isActive: true, officeId: true, sessionVersion: true },
        },
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      return null;
    throw error;
  }
}

// The code step. A wrong code counts toward the same throttle as a wrong password; the
// challenge opens a session at most once.
export async function completeMfaSignIn(raw: unknown, ip: string): Promise<MfaSignInResult> {
  const parsed = mfaSignInSchema.safeParse(raw);
  if (!parsed.success) {
    const isChallengeBad = parsed.error.issues.some((issue) => issue.path[0] === "challenge");
    return { ok: false, reason: isChallengeBad ? "CHALLENGE_ENDED" : "INVALID_CODE" };
  }
  const challenge = await takeAttempt(parsed.data.challenge);
  if (!challenge || !challenge.user.isActive) return { ok: false, reason: "CHALLENGE_ENDED" };
  const { user } = challenge;

  const attempt = await reserveAttempt(user.email, ip);
  if (!attempt.allowed)
    return { ok: false, reason: attempt.reason, retryAfterSeconds: attempt.retryAfterSeconds };
  const method = await verifyMfaCode(user.id, parsed.data.code);
  if (!method) {
    await recordMfaFailure(user.id, attempt.locksOnFailure);
    return { ok: false, reason: "INVALID_CODE" };
  }
  const { count } = await db.mfaChallenge.updateMany({
    where: { id: challenge.id, consumedAt: null },
    data: { consumedAt: new Date() },
  });
  if (count !== 1) return { ok: false, reason: "CHALLENGE_ENDED" };
  // Gives back the points of both steps: the password's stayed taken until now.
  await releaseAttempt(user.email, ip);
  await releaseAttempt(user.email, ip);
  return openSession(user, ["mfa"]);
}
