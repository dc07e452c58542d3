import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import { recordConsentAction } from "@/lib/consent/actions";
import { executeAction } from "@/lib/safe-action";
import { dayFromToday, unwrap, type Input } from "@/lib/testing/case-factories";

export function consentInput(caseId: string, overrides: Input = {}): Input {
  return {
    caseId,
    purpose: "ASSISTANCE",
    type: "WRITTEN",
    givenBy: "BENEFICIARY",
    guardianName: "",
    guardianRelationship: "",
    givenOn: dayFromToday(-10),
    anyOffice: false,
    countries: [],
    idempotencyKey: randomUUID(),
    ...overrides,
  };
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
