import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { lockedUntil } from "@/lib/auth/throttle";
import { db } from "@/lib/db";

export async function listUsers(actor: Actor) {
  assertCan(actor, "user:manage");
  const users = await db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      officeId: true,
      isActive: true,
      lastSignInAt: true,
      office: { select: { code: true } },
      mfa: { select: { confirmedAt: true } },
    },
  });
  const locks = await lockedUntil(users.map((user) => user.email));
  return users.map((user) => ({ ...user, lockedUntil: locks.get(user.email) ?? null }));
}
