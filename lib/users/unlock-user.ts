import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { accountCounterKeys } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { unlockUserSchema } from "@/lib/users/schemas";

// Lifts a sign-in lockout (and the short wait) before it runs out, e.g. once the admin has
// confirmed with the user that the failures were theirs.
export async function unlockUser(actor: Actor, input: z.output<typeof unlockUserSchema>) {
  assertCan(actor, "user:manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { email: true, officeId: true },
    });
    if (!user) throw new AppError("NOT_FOUND");
    const cleared =
      await tx.$executeRaw`DELETE FROM throttle_counters WHERE key = ANY(${accountCounterKeys(user.email)})`;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.unlock",
      entityType: "user",
      entityId: input.userId,
      officeId: user.officeId,
    });
    return { id: input.userId, wasLocked: cleared > 0 };
  });
}
