import "server-only";

import { handOverCase } from "@/lib/cases/hand-over-case";
import { recordConsent } from "@/lib/consent/record-consent";
import { withdrawConsent } from "@/lib/consent/withdraw-consent";
import { setLegalHold } from "@/lib/retention/set-legal-hold";
import { defineAction } from "@/lib/safe-action";
import {
  handOverCaseSchema,
  recordConsentSchema,
  setLegalHoldSchema,
  withdrawConsentSchema,
} from "@/lib/validations/data-protection";

export const recordConsentAction = defineAction({
  schema: recordConsentSchema,
  permission: "consent:write",
  handler: recordConsent,
});
export const withdrawConsentAction = defineAction({
  schema: withdrawConsentSchema,
  permission: "consent:write",
  handler: withdrawConsent,
});
export const handOverCaseAction = defineAction({
  schema: handOverCaseSchema,
  permission: "case:hand-over",
  handler: handOverCase,
});
export const setLegalHoldAction = defineAction({
  schema: setLegalHoldSchema,
  permission: "case:legal-hold",
  handler: setLegalHold,
});
