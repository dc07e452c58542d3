import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { passwordProblem } from "@/lib/auth/common-passwords";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { releaseAttempt, reserveAttempt } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/users/schemas";

// A new password ends every session of the user, this one included: whoever knew the old
// password is signed out everywhere.
export async function changePassword(actor: Actor, input: z.output<typeof changePasswordSchema>) {
  const attempt = await reserveAttempt(actor.email, `account:${actor.id}`);
  if (!attempt.allowed) throw new AppError(attempt.reason);
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(passwordHash, input.currentPassword))) {
    // Wrong current passwords count towards the sign-in lockout: a borrowed session cannot guess.
    if (attempt.locksOnFailure)
      await recordAudit(db, {
        actorId: null,
        action: "auth.account-locked",
        entityType: "user",
        entityId: actor.id,
      });
    throw new AppError("VALIDATION", { currentPassword: ["wrongPassword"] });
  }
  await releaseAttempt(actor.email, `account:${actor.id}`);
  const problem = passwordProblem(input.newPassword, actor.email);
  if (problem) throw new AppError("VALIDATION", { newPassword: [problem] });
  const newHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash: newHash, sessionVersion: { increment: 1 } },
    });
    await tx.authSession.updateMany({
      where: { userId: actor.id, endedAt: null },
      data: { endedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password-change",
      entityType: "user",
      entityId: actor.id,
      changedFields: ["password"],
    });
  });
  return { signedOut: true };
}
