import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import { openCaseAction } from "@/lib/cases/actions";
import { recordConsentAction } from "@/lib/consent/actions";
import {
  decidePlanAction,
  deliverPlanItemAction,
  savePlanAction,
  submitPlanAction,
} from "@/lib/review/actions";
import { executeAction, type ActionResult } from "@/lib/safe-action";

import { consentInput, newPlanInput, type Input } from "./inputs";

// Records made the way users make them, through the actions: for tests whose set-up needs
// what the action also writes (refs, audit entries, plan versions).

export function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.data;
}

export async function openCase(actor: Actor, input: Input): Promise<{ id: string; ref: string }> {
  return unwrap(await executeAction(openCaseAction.definition, actor, input));
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

export async function recordConsent(
  actor: Actor,
  caseId: string,
  overrides: Input = {},
): Promise<string> {
  return unwrap(
    await executeAction(recordConsentAction.definition, actor, consentInput(caseId, overrides)),
  ).id;
}
