import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { handOffOpenCases } from "@/lib/cases/hand-off-open-cases";
import { db } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { AppError } from "@/lib/errors";
import { assertOfficeExists } from "@/lib/offices/assert-office-exists";
import { updateUserSchema } from "@/lib/users/schemas";
import { notifyMemberJoined } from "@/lib/users/setup-links";

type UpdateUserInput = z.output<typeof updateUserSchema>;
type UserState = { role: string; officeId: string | null; isActive: boolean };

const isField = (user: UserState) =>
  user.isActive && (user.role === "CASEWORKER" || user.role === "SUPERVISOR");
// The office whose field work the user leaves with this change, if any: their open cases
// there must go to a successor (lib/cases/hand-off-open-cases.ts).
function officeLeft(before: UserState, after: UserState): string | null {
  if (!isField(before) || !before.officeId) return null;
  return isField(after) && after.officeId === before.officeId ? null : before.officeId;
}

// A change of role, office or active flag bumps the session version: every session the
// user holds stops working on its next request.
export async function updateUser(actor: Actor, input: UpdateUserInput) {
  assertCan(actor, "user:manage");
  if (input.userId === actor.id && (!input.isActive || input.role !== "ADMIN")) {
    throw new AppError("VALIDATION", { role: ["cannotDemoteSelf"] });
  }
  await assertOfficeExists(db, input.officeId);
  const current = await db.user.findUnique({
    where: { id: input.userId },
    select: { role: true, officeId: true, isActive: true },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const leftOffice = officeLeft(current, input);
  // An administrator sees no office's cases: handing them over acts in the office left,
  // and only there.
  return leftOffice
    ? withActor({ id: actor.id, officeId: leftOffice }, () => saveUser(actor, input, leftOffice))
    : saveUser(actor, input, null);
}

function saveUser(actor: Actor, input: UpdateUserInput, leftOffice: string | null) {
  return db.$transaction(async (tx) => {
    // Locked: a supervisor giving this user a case meanwhile waits (lib/cases/case-holders.ts).
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`;
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { name: true, role: true, officeId: true, isActive: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    // Changed by another admin since it was read: the office to act in may be another.
    if (officeLeft(before, input) !== leftOffice) throw new AppError("CONFLICT");
    const handedOff = leftOffice
      ? await handOffOpenCases(tx, actor.id, {
          userId: input.userId,
          officeId: leftOffice,
          successorId: input.successorId ?? null,
        })
      : 0;
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
    return { id: input.userId, revokedSessions: revokesSessions, handedOff };
  });
}
