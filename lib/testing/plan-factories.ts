import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import { pool } from "@/lib/db";
import {
  decidePlanAction,
  deliverPlanItemAction,
  savePlanAction,
  submitPlanAction,
} from "@/lib/review/actions";
import { executeAction } from "@/lib/safe-action";
import { unwrap, type Input } from "@/lib/testing/case-factories";

export function itemInput(overrides: Input = {}): Input {
  return {
    type: "SMALL_BUSINESS",
    description: "Sewing machine and fabric",
    modality: "IN_KIND",
    amount: "400.00",
    plannedOn: "2026-04-01",
    ...overrides,
  };
}

export function newPlanInput(caseId: string, overrides: Input = {}): Input {
  return {
    caseId,
    planId: null,
    version: null,
    currency: "USD",
    idempotencyKey: randomUUID(),
    items: [
      itemInput(),
      itemInput({
        type: "VOCATIONAL_TRAINING",
        description: "Tailoring course",
        modality: "CASH",
        amount: "250.50",
        plannedOn: "2026-03-20",
      }),
    ],
    ...overrides,
  };
}

export const save = (actor: Actor | null, input: Input) =>
  executeAction(savePlanAction.definition, actor, input);
export const submit = (actor: Actor | null, planId: string, version: number) =>
  executeAction(submitPlanAction.definition, actor, { planId, version });
export const decide = (
  actor: Actor | null,
  planId: string,
  version: number,
  decision: string,
  comment = "",
) => executeAction(decidePlanAction.definition, actor, { planId, version, decision, comment });
export const deliver = (actor: Actor | null, itemId: string, overrides: Input = {}) =>
  executeAction(deliverPlanItemAction.definition, actor, {
    itemId,
    deliveredOn: "2026-05-02",
    provider: "",
    idempotencyKey: randomUUID(),
    ...overrides,
  });

// Drafts and submits a plan: { id, version } of the submitted plan.
export async function submittedPlan(caseworker: Actor, caseId: string, overrides: Input = {}) {
  const draft = unwrap(await save(caseworker, newPlanInput(caseId, overrides)));
  const sent = unwrap(await submit(caseworker, draft.id, draft.version));
  return { id: sent.id, version: sent.version };
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
