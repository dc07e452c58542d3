import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { lockedUntil } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

// How many open cases each user holds, across offices: counts only, never the cases, for
// the admin who must name a successor before such a user leaves (lib/users/update-user.ts).
async function openCasesByHolder(): Promise<Map<string, number>> {
  const groups = await asSystem("case-holders", () =>
    db.case.groupBy({
      by: ["assignedToId"],
      where: { status: { not: "CLOSED" }, assignedToId: { not: null } },
      _count: { _all: true },
    }),
  );
  return new Map(groups.map((group) => [group.assignedToId!, group._count._all]));
}

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
  const [locks, openCases] = await Promise.all([
    lockedUntil(users.map((user) => user.email)),
    openCasesByHolder(),
  ]);
  return users.map((user) => ({
    ...user,
    lockedUntil: locks.get(user.email) ?? null,
    openCases: openCases.get(user.id) ?? 0,
  }));
}
