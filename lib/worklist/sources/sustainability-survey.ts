import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { returnedOn } from "@/lib/worklist/sources/monitoring-visit";
import { caseOwner, ownedBy, type WorklistSource } from "@/lib/worklist/sources/source";
import { EARLY_WINDOW_DAYS } from "@/lib/worklist/worklist-item";

type Row = { id: string; ref: string; owner_id: string | null; due_on: Date };

// The sustainability survey measures whether reintegration lasted: it falls due the
// office's survey months (12 by default) after the return, on an open reintegration case,
// and a survey recorded from EARLY_WINDOW_DAYS before that day on does it.
export const sustainabilitySurveyItems: WorklistSource = async (actor: Actor, query) => {
  const { officeId } = officeScope(actor);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT d.* FROM (
      SELECT c.id, c.ref, ${caseOwner} AS owner_id,
             (${returnedOn} + make_interval(months => ${query.settings.surveyMonths}::int))::date AS due_on
      FROM cases c
      LEFT JOIN cases a ON a.id = c.avr_case_id
      WHERE c.office_id = ${officeId}::uuid AND c.kind = 'REINTEGRATION'
        AND c.status <> 'CLOSED' ${ownedBy(query)}
    ) d
    WHERE d.due_on <= ${formatDay(query.horizon)}::date
      AND NOT EXISTS (
        SELECT 1 FROM sustainability_surveys s
        WHERE s.case_id = d.id AND s.surveyed_on >= d.due_on - ${EARLY_WINDOW_DAYS}::int
      )`);
  return rows.map((row) => ({
    kind: "SUSTAINABILITY_SURVEY" as const,
    key: `SUSTAINABILITY_SURVEY:${row.id}`,
    caseId: row.id,
    caseRef: row.ref,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    months: query.settings.surveyMonths,
    href: `/cases/${row.id}/reintegration#sustainability`,
  }));
};
