import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { caseOwner, ownedBy, type WorklistSource } from "@/lib/worklist/sources/source";

type Row = { id: string; ref: string; owner_id: string | null; due_on: Date };

// A plan a supervisor returned for changes: to do from the day it was returned (in the
// office's time zone) until it is submitted again.
export const planReturnedItems: WorklistSource = async (actor: Actor, query) => {
  const { officeId } = officeScope(actor);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c.id, c.ref, ${caseOwner} AS owner_id,
           COALESCE((SELECT max(d.decided_at AT TIME ZONE o.time_zone)::date FROM plan_decisions d
                     WHERE d.plan_id = p.id AND d.decision = 'RETURN'),
                    (p.updated_at AT TIME ZONE o.time_zone)::date) AS due_on
    FROM reintegration_plans p
    JOIN cases c ON c.id = p.case_id
    JOIN offices o ON o.id = p.office_id
    WHERE p.office_id = ${officeId}::uuid AND c.office_id = ${officeId}::uuid
      AND p.status = 'RETURNED' AND c.status <> 'CLOSED' ${ownedBy(query)}`);
  return rows.map((row) => ({
    kind: "PLAN_RETURNED" as const,
    key: `PLAN_RETURNED:${row.id}`,
    caseId: row.id,
    caseRef: row.ref,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    href: `/cases/${row.id}/reintegration#plan`,
  }));
};
