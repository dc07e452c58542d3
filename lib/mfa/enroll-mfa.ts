import "server-only";

import QRCode from "qrcode";
import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { replaceRecoveryCodes } from "@/lib/auth/mfa/recovery-codes";
import { createTotpSecret, totpUri } from "@/lib/auth/mfa/totp";
import { assertMfaCode } from "@/lib/auth/mfa/verify-mfa-code";
import { assertCan } from "@/lib/auth/permissions";
import { sealText } from "@/lib/crypto/sealed-text";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import type { confirmMfaEnrollmentSchema } from "@/lib/mfa/schemas";

// A new secret, pending until confirmed with a code from it. Starting again replaces a
// pending secret; an active authenticator must be turned off or reset first.
export async function startMfaEnrollment(actor: Actor) {
  assertCan(actor, "mfa:manage-own");
  const secret = createTotpSecret();
  const secretSealed = sealText(secret, { purpose: "mfa-secret", boundTo: actor.id });
  try {
    await db.$transaction(async (tx) => {
      await tx.userMfa.deleteMany({ where: { userId: actor.id, confirmedAt: null } });
      await tx.userMfa.create({ data: { userId: actor.id, secretSealed } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
  const uri = totpUri(secret, actor.email);
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 224 }) };
}

// The first valid code activates the authenticator and issues the recovery codes, shown
// once. Every session of the user ends, this one included: sessions opened with the
// password alone do not outlive enrollment, and the next sign-in asks for a code.
export async function confirmMfaEnrollment(
  actor: Actor,
  input: z.output<typeof confirmMfaEnrollmentSchema>,
) {
  assertCan(actor, "mfa:manage-own");
  await assertMfaCode(actor, input.code, "pending");
  return db.$transaction(async (tx) => {
    const { count } = await tx.userMfa.updateMany({
      where: { userId: actor.id, confirmedAt: null },
      data: { confirmedAt: new Date() },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.id);
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await tx.authSession.updateMany({
      where: { userId: actor.id, endedAt: null },
      data: { endedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "auth.mfa-enrolled",
      entityType: "user",
      entityId: actor.id,
      officeId: actor.officeId,
    });
    return { recoveryCodes, signedOut: true };
  });
}
