import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { unusablePasswordHash } from "@/lib/auth/passwords";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resetUserPasswordSchema } from "@/lib/users/schemas";
import { issueSetupLink } from "@/lib/users/setup-links";

// An admin never learns the new password: the old one stops working, every session ends,
// and the user chooses a new password through a fresh link the admin hands over.
export async function resetUserPassword(
  actor: Actor,
  input: z.output<typeof resetUserPasswordSchema>,
) {
  assertCan(actor, "user:manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, officeId: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: unusablePasswordHash(), sessionVersion: { increment: 1 } },
    });
    await tx.authSession.updateMany({
      where: { userId: user.id, endedAt: null },
      data: { endedAt: new Date() },
    });
    const setupPath = await issueSetupLink(tx, user.id, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password-reset",
      entityType: "user",
      entityId: user.id,
      officeId: user.officeId,
      changedFields: ["password", "sessionVersion"],
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.setup-link-issued",
      entityType: "user",
      entityId: user.id,
      officeId: user.officeId,
    });
    return { setupPath };
  });
}
