import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { passwordProblem } from "@/lib/auth/common-passwords";
import { hashPassword } from "@/lib/auth/passwords";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertOfficeExists } from "@/lib/offices/assert-office-exists";
import { createUserSchema } from "@/lib/users/schemas";

export async function createUser(actor: Actor, input: z.output<typeof createUserSchema>) {
  assertCan(actor, "user:manage");
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  if (existing) throw new AppError("VALIDATION", { email: ["emailTaken"] });
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new AppError("VALIDATION", { password: [problem] });
  await assertOfficeExists(db, input.officeId);
  const passwordHash = await hashPassword(input.password);
  return uniquely("email", "emailTaken", () =>
    db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          officeId: input.officeId,
          passwordHash,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        officeId: input.officeId,
        changedFields: ["name", "email", "role", "officeId", "password"],
      });
      return user;
    }),
  );
}
