import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export async function getAdminOverview(actor: Actor) {
  assertCan(actor, "user:manage");
  const [users, activeUsers, offices, projects] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { isActive: true } }),
    db.office.count(),
    db.project.count(),
  ]);
  return { users, activeUsers, offices, projects };
}
