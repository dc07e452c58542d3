import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";

export async function listUsers(actor: Actor) {
  assertCan(actor, "user:manage");
  return db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: {
      id: true, name: true, email: true, role: true, officeId: true, isActive: true, lastSignInAt: true,
      office: { select: { code: true } },
      mfa: { select: { confirmedAt: true } },
    },
  });
}
