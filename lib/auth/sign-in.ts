import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDecoyHash, verifyPassword } from "@/lib/auth/passwords";
import { releaseAttempt, reserveAttempt } from "@/lib/auth/throttle";
import { signInSchema } from "@/lib/validations/auth";

export type SignInResult =
  | { ok: true; userId: string; sessionId: string; sessionVersion: number }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "THROTTLED" | "LOCKED"; retryAfterSeconds: number };

// A wrong password, an unknown email and a deactivated account are the same "INVALID",
// and cost the same argon2 verification, so the answer reveals nothing about the account.
export async function signInWithPassword(raw: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password } = parsed.data;

  const attempt = await reserveAttempt(email, ip);
  if (!attempt.allowed) return { ok: false, reason: attempt.reason, retryAfterSeconds: attempt.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, isActive: true, sessionVersion: true, passwordHash: true, officeId: true },
  });
  const isPasswordRight = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);

  if (!user || !user.isActive || !isPasswordRight) {
    await db.$transaction(async (tx) => {
      await recordAudit(tx, { actorId: user?.id ?? null, action: "auth.sign-in-failed", entityType: "user", entityId: user?.id });
      // An unknown email is locked too (the answer must not tell); its entry has no user.
      if (attempt.locksOnFailure) await recordAudit(tx, { actorId: null, action: "auth.account-locked", entityType: "user", entityId: user?.id });
    });
    return { ok: false, reason: "INVALID" };
  }

  await releaseAttempt(email, ip);
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    const created = await tx.authSession.create({ data: { userId: user.id }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, action: "auth.sign-in", entityType: "user", entityId: user.id, officeId: user.officeId });
    return created;
  });
  return { ok: true, userId: user.id, sessionId: session.id, sessionVersion: user.sessionVersion };
}
