import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { replaceRecoveryCodes } from "@/lib/auth/mfa/recovery-codes";
import { assertMfaCode } from "@/lib/auth/mfa/verify-mfa-code";
import { assertCan, isMfaRequired } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type {
  disableMfaSchema,
  regenerateRecoveryCodesSchema,
  resetUserMfaSchema,
} from "@/lib/mfa/schemas";

export async function getMfaStatus(actor: Actor) {
  assertCan(actor, "mfa:manage-own");
  const [mfa, recoveryCodesLeft] = await Promise.all([
    db.userMfa.findUnique({ where: { userId: actor.id }, select: { confirmedAt: true } }),
    db.mfaRecoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
  ]);
  return {
    isEnrolled: !!mfa?.confirmedAt,
    isRequired: isMfaRequired(actor.role),
    recoveryCodesLeft,
  };
}

async function assertEnrolled(actor: Actor) {
  const mfa = await db.userMfa.findUnique({
    where: { userId: actor.id },
    select: { confirmedAt: true },
  });
  if (!mfa?.confirmedAt) throw new AppError("CONFLICT");
}

// A fresh set replaces all earlier codes, used or not; it takes a current code from the app.
export async function regenerateRecoveryCodes(
  actor: Actor,
  input: z.output<typeof regenerateRecoveryCodesSchema>,
) {
  assertCan(actor, "mfa:manage-own");
  await assertEnrolled(actor);
  await assertMfaCode(actor, input.code);
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "auth.mfa-recovery-codes-replaced",
      entityType: "user",
      entityId: actor.id,
      officeId: actor.officeId,
    });
    return { recoveryCodes };
  });
}

export async function disableMfa(actor: Actor, input: z.output<typeof disableMfaSchema>) {
  assertCan(actor, "mfa:disable-own");
  if (isMfaRequired(actor.role)) throw new AppError("FORBIDDEN");
  await assertEnrolled(actor);
  await assertMfaCode(actor, input.code);
  await db.$transaction(async (tx) => {
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.userMfa.delete({ where: { userId: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "auth.mfa-disabled",
      entityType: "user",
      entityId: actor.id,
      officeId: actor.officeId,
    });
  });
  return { isEnrolled: false };
}

// For a lost phone: the admin removes the authenticator and the recovery codes, and every
// session of the user ends. A role that requires MFA enrolls again at the next sign-in.
export async function resetUserMfa(actor: Actor, input: z.output<typeof resetUserMfaSchema>) {
  assertCan(actor, "user:manage");
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({
      where: { id: input.userId },
      select: { officeId: true },
    });
    if (!target) throw new AppError("NOT_FOUND");
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: input.userId } });
    await tx.mfaChallenge.deleteMany({ where: { userId: input.userId } });
    await tx.userMfa.deleteMany({ where: { userId: input.userId } });
    await tx.user.update({
      where: { id: input.userId },
      data: { sessionVersion: { increment: 1 } },
    });
    await tx.authSession.updateMany({
      where: { userId: input.userId, endedAt: null },
      data: { endedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.mfa-reset",
      entityType: "user",
      entityId: input.userId,
      officeId: target.officeId,
    });
    return { id: input.userId, revokedSessions: true };
  });
}
