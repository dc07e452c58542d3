import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { caseOwner, ownedBy, type WorklistSource } from "@/lib/worklist/sources/source";

type Row = { id: string; ref: string; owner_id: string | null; due_on: Date; count: number };

// An approved plan's items not yet delivered whose planned day has come (or comes this
// week): one item per plan, due on the earliest such planned day, with how many.
export const planItemsUndeliveredItems: WorklistSource = async (actor: Actor, query) => {
  const { officeId } = officeScope(actor);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c.id, c.ref, ${caseOwner} AS owner_id, min(i.planned_on) AS due_on, count(*)::int AS count
    FROM reintegration_plans p
    JOIN cases c ON c.id = p.case_id
    JOIN plan_items i ON i.plan_id = p.id
    WHERE p.office_id = ${officeId}::uuid AND c.office_id = ${officeId}::uuid
      AND p.status = 'APPROVED' AND c.status <> 'CLOSED' ${ownedBy(query)}
      AND i.service_id IS NULL AND i.planned_on <= ${formatDay(query.horizon)}::date
    GROUP BY c.id, c.ref, owner_id`);
  return rows.map((row) => ({
    kind: "PLAN_ITEMS_UNDELIVERED" as const,
    key: `PLAN_ITEMS_UNDELIVERED:${row.id}`,
    caseId: row.id,
    caseRef: row.ref,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    count: row.count,
    href: `/cases/${row.id}/reintegration#plan`,
  }));
};
