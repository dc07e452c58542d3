import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { caseOwner, ownedBy, type WorklistSource } from "@/lib/worklist/sources/source";
import { EARLY_WINDOW_DAYS } from "@/lib/worklist/worklist-item";

type Row = { id: string; ref: string; owner_id: string | null; months: number; due_on: Date };

// The day the person came back: the departure of the AVR case that returned them, else the
// day the reintegration case opened. An AVR case of another office is hidden by row-level
// security, so such a case counts from its opening, never from a record the office cannot see.
export const returnedOn = Prisma.sql`COALESCE(a.actual_departure_on, c.opened_on)`;

// A monitoring visit falls due the office's months (3, 6, 12 by default) after the return,
// on an open reintegration case; a visit recorded from EARLY_WINDOW_DAYS before the due day
// on does it. A later milestone supersedes a missed earlier one: one item per case.
export const monitoringVisitItems: WorklistSource = async (actor: Actor, query) => {
  const { officeId } = officeScope(actor);
  if (query.settings.monitoringMonths.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH due AS (
      SELECT c.id, c.ref, ${caseOwner} AS owner_id, m.months,
             (${returnedOn} + make_interval(months => m.months))::date AS due_on
      FROM cases c
      LEFT JOIN cases a ON a.id = c.avr_case_id
      CROSS JOIN unnest(${query.settings.monitoringMonths}::int[]) AS m(months)
      WHERE c.office_id = ${officeId}::uuid AND c.kind = 'REINTEGRATION'
        AND c.status <> 'CLOSED' ${ownedBy(query)}
    )
    SELECT l.* FROM (
      SELECT DISTINCT ON (d.id) d.id, d.ref, d.owner_id, d.months, d.due_on
      FROM due d
      WHERE d.due_on <= ${formatDay(query.horizon)}::date
      ORDER BY d.id, d.due_on DESC
    ) l
    WHERE NOT EXISTS (
      SELECT 1 FROM monitoring_visits v
      WHERE v.case_id = l.id AND v.visited_on >= l.due_on - ${EARLY_WINDOW_DAYS}::int
    )`);
  return rows.map((row) => ({
    kind: "MONITORING_VISIT" as const,
    key: `MONITORING_VISIT:${row.id}:${row.months}`,
    caseId: row.id,
    caseRef: row.ref,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    months: row.months,
    href: `/cases/${row.id}/reintegration#monitoring`,
  }));
};
