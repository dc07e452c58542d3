import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { addDays, formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { caseOwner, ownedBy, type WorklistSource } from "@/lib/worklist/sources/source";

type Row = { id: string; ref: string; owner_id: string | null; last_on: Date };

// An open case on which nothing was recorded for the office's inactivity days (30 by
// default). Every write on a case is audited on it (services, visits, plans, consents,
// status changes, follow-ups), so its last audit entry is its last activity; the case's own
// update time covers writes made before the audit log. Due the day it became idle.
export const inactiveCaseItems: WorklistSource = async (actor: Actor, query) => {
  const { officeId } = officeScope(actor);
  const days = query.settings.inactivityDays;
  // Idle when the last activity was before this day; listed this week when it will be.
  const idleBefore = formatDay(addDays(query.horizon, -days));
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT l.id, l.ref, l.owner_id, l.last_at::date AS last_on FROM (
      SELECT c.id, c.ref, ${caseOwner} AS owner_id,
             GREATEST(c.updated_at, (SELECT max(e.at) FROM audit_entries e
                                     WHERE e.entity_type = 'case' AND e.entity_id = c.id::text)) AS last_at
      FROM cases c
      WHERE c.office_id = ${officeId}::uuid AND c.status <> 'CLOSED' ${ownedBy(query)}
        AND c.updated_at < ${idleBefore}::date
    ) l
    WHERE l.last_at < ${idleBefore}::date`);
  return rows.map((row) => ({
    kind: "INACTIVE_CASE" as const,
    key: `INACTIVE_CASE:${row.id}`,
    caseId: row.id,
    caseRef: row.ref,
    ownerId: row.owner_id,
    dueOn: addDays(row.last_on, days),
    days,
    href: `/cases/${row.id}`,
  }));
};
