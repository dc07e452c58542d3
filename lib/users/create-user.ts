import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { unusablePasswordHash } from "@/lib/auth/passwords";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertOfficeExists } from "@/lib/offices/assert-office-exists";
import { createUserSchema } from "@/lib/users/schemas";
import { issueSetupLink, notifyMemberJoined } from "@/lib/users/setup-links";

// The admin never chooses the password: the account starts without one, and the answer
// holds a single-use link (shown once) by which the user sets their own. The office's
// supervisors hear that someone joined.
export async function createUser(actor: Actor, input: z.output<typeof createUserSchema>) {
  assertCan(actor, "user:manage");
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  if (existing) throw new AppError("VALIDATION", { email: ["emailTaken"] });
  await assertOfficeExists(db, input.officeId);
  return uniquely("email", "emailTaken", () =>
    db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          officeId: input.officeId,
          passwordHash: unusablePasswordHash(),
        },
        select: { id: true, officeId: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        officeId: input.officeId,
        changedFields: ["name", "email", "role", "officeId"],
      });
      const setupPath = await issueSetupLink(tx, user.id, actor.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.setup-link-issued",
        entityType: "user",
        entityId: user.id,
        officeId: input.officeId,
      });
      await notifyMemberJoined(tx, user);
      return { id: user.id, setupPath };
    }),
  );
}
