import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertOfficeExists } from "@/lib/offices/assert-office-exists";
import { updateUserSchema } from "@/lib/users/schemas";
import { notifyMemberJoined } from "@/lib/users/setup-links";

// A change of role, office or active flag bumps the session version: every session the
// user holds stops working on its next request.
export async function updateUser(actor: Actor, input: z.output<typeof updateUserSchema>) {
  assertCan(actor, "user:manage");
  if (input.userId === actor.id && (!input.isActive || input.role !== "ADMIN")) {
    throw new AppError("VALIDATION", { role: ["cannotDemoteSelf"] });
  }
  await assertOfficeExists(db, input.officeId);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { name: true, role: true, officeId: true, isActive: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const changedFields = (["name", "role", "officeId", "isActive"] as const).filter(
      (field) => before[field] !== input[field],
    );
    const revokesSessions = changedFields.some((field) => field !== "name");
    await tx.user.update({
      where: { id: input.userId },
      data: {
        name: input.name,
        role: input.role,
        officeId: input.officeId,
        isActive: input.isActive,
        ...(revokesSessions && { sessionVersion: { increment: 1 } }),
      },
    });
    if (revokesSessions) {
      await tx.authSession.updateMany({
        where: { userId: input.userId, endedAt: null },
        data: { endedAt: new Date() },
      });
    }
    // Moved into an office: its supervisors hear of the new member, as for a new account.
    if (changedFields.includes("officeId"))
      await notifyMemberJoined(tx, { id: input.userId, officeId: input.officeId });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.update",
      entityType: "user",
      entityId: input.userId,
      officeId: input.officeId,
      changedFields,
    });
    return { id: input.userId, revokedSessions: revokesSessions };
  });
}
