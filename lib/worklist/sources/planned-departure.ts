import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { caseOwner, ownedBy, type WorklistSource } from "@/lib/worklist/sources/source";

type Row = { id: string; ref: string; owner_id: string | null; due_on: Date };

// An AVR case whose planned departure day has passed with no departure recorded.
export const plannedDepartureItems: WorklistSource = async (actor: Actor, query) => {
  const { officeId } = officeScope(actor);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c.id, c.ref, ${caseOwner} AS owner_id, c.planned_departure_on AS due_on
    FROM cases c
    WHERE c.office_id = ${officeId}::uuid AND c.kind = 'AVR'
      AND c.status NOT IN ('DEPARTED', 'CLOSED') ${ownedBy(query)}
      AND c.actual_departure_on IS NULL
      AND c.planned_departure_on < ${formatDay(query.today)}::date`);
  return rows.map((row) => ({
    kind: "PLANNED_DEPARTURE" as const,
    key: `PLANNED_DEPARTURE:${row.id}`,
    caseId: row.id,
    caseRef: row.ref,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    href: `/cases/${row.id}`,
  }));
};
