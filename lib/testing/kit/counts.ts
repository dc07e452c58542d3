import { pool } from "@/lib/db";

// Row counts and rows read back in one statement each: "nothing written" compares two counts.

export type RowCounts = {
  beneficiaries: number;
  cases: number;
  caseStatusChanges: number;
  services: number;
  auditEntries: number;
  idempotencyKeys: number;
  refCounters: number;
};

// Every table a case-records write touches, counted in one statement.
export async function rowCounts(): Promise<RowCounts> {
  const { rows } = await pool.query<Record<keyof RowCounts, number>>(`
    SELECT (SELECT count(*) FROM beneficiaries)::int AS "beneficiaries",
           (SELECT count(*) FROM cases)::int AS "cases",
           (SELECT count(*) FROM case_status_changes)::int AS "caseStatusChanges",
           (SELECT count(*) FROM services)::int AS "services",
           (SELECT count(*) FROM audit_entries)::int AS "auditEntries",
           (SELECT count(*) FROM idempotency_keys)::int AS "idempotencyKeys",
           (SELECT count(*) FROM ref_counters)::int AS "refCounters"`);
  return rows[0]!;
}

export type AuditRow = {
  action: string;
  actor_id: string | null;
  entity_type: string;
  entity_id: string | null;
  office_id: string | null;
  changed_fields: string[];
  row: string;
};

// Audit entries oldest first, with the whole row as JSON text for "contains no personal value" checks.
export async function auditRows(action?: string): Promise<AuditRow[]> {
  const { rows } = await pool.query<AuditRow>(
    `SELECT action, actor_id, entity_type, entity_id, office_id, changed_fields, row_to_json(a)::text AS row
     FROM audit_entries a WHERE $1::text IS NULL OR action = $1 ORDER BY id`,
    [action ?? null],
  );
  return rows;
}

export type StatusChangeRow = {
  from_status: string | null;
  to_status: string;
  reason: string | null;
  changed_by_id: string | null;
};

export async function statusChangeRows(caseId: string): Promise<StatusChangeRow[]> {
  const { rows } = await pool.query<StatusChangeRow>(
    "SELECT from_status, to_status, reason, changed_by_id FROM case_status_changes WHERE case_id = $1 ORDER BY changed_at, id",
    [caseId],
  );
  return rows;
}

export type ReviewCounts = {
  plans: number;
  items: number;
  decisions: number;
  inbox: number;
  services: number;
  auditEntries: number;
  idempotencyKeys: number;
  visits: number;
  surveys: number;
  answers: number;
  planVersions: string;
};

// Every table a reintegration-review write touches, and every plan's status and version,
// read in one statement: "nothing written" compares two of these.
export async function reviewCounts(): Promise<ReviewCounts> {
  const { rows } = await pool.query<ReviewCounts>(`
    SELECT (SELECT count(*) FROM reintegration_plans)::int AS "plans",
           (SELECT count(*) FROM plan_items)::int AS "items",
           (SELECT count(*) FROM plan_decisions)::int AS "decisions",
           (SELECT count(*) FROM inbox_messages)::int AS "inbox",
           (SELECT count(*) FROM services)::int AS "services",
           (SELECT count(*) FROM audit_entries)::int AS "auditEntries",
           (SELECT count(*) FROM idempotency_keys)::int AS "idempotencyKeys",
           (SELECT count(*) FROM monitoring_visits)::int AS "visits",
           (SELECT count(*) FROM sustainability_surveys)::int AS "surveys",
           (SELECT count(*) FROM sustainability_answers)::int AS "answers",
           (SELECT coalesce(string_agg(status || ':' || version || ':' || coalesce(first_approved_by_id::text, '-'), ',' ORDER BY id), '') FROM reintegration_plans) AS "planVersions"`);
  return rows[0]!;
}

export async function itemIdsOf(planId: string): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    "SELECT id FROM plan_items WHERE plan_id = $1 ORDER BY position",
    [planId],
  );
  return rows.map((row) => row.id);
}
