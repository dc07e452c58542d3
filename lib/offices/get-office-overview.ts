import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { addDays, today } from "@/lib/dates";
import { db } from "@/lib/db";

export async function getOfficeOverview(actor: Actor) {
  assertCan(actor, "office:view-dashboard");
  const scope = officeScope(actor);
  const open = { ...scope, status: { not: "CLOSED" as const } };
  const [office, byKind, byStatus, servicesLast30, recentCases] = await Promise.all([
    db.office.findUniqueOrThrow({
      where: { id: scope.officeId },
      select: { code: true, name: true },
    }),
    db.case.groupBy({
      by: ["kind"],
      where: open,
      _count: { _all: true },
      orderBy: { kind: "asc" },
    }),
    db.case.groupBy({
      by: ["status"],
      where: open,
      _count: { _all: true },
      orderBy: { status: "asc" },
    }),
    db.service.count({ where: { case: scope, deliveredOn: { gte: addDays(today(), -30) } } }),
    db.case.findMany({
      where: open,
      // Newest first: several cases open on the same day, so the time of entry breaks the tie.
      orderBy: [{ openedOn: "desc" }, { createdAt: "desc" }, { ref: "desc" }],
      take: 5,
      select: { id: true, ref: true, kind: true, status: true, openedOn: true },
    }),
  ]);
  return {
    office,
    openCases: byKind.reduce((sum, row) => sum + row._count._all, 0),
    byKind: byKind.map((row) => ({ kind: row.kind, count: row._count._all })),
    byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })),
    servicesLast30,
    recentCases,
  };
}
