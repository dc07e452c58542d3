"use server";

import { recordConsent } from "@/lib/consent/record-consent";
import { recordConsentSchema, withdrawConsentSchema } from "@/lib/consent/schemas";
import { withdrawConsent } from "@/lib/consent/withdraw-consent";
import { serverAction } from "@/lib/safe-action";

export const recordConsentAction = serverAction({
  schema: recordConsentSchema,
  permission: "consent:write",
  handler: recordConsent,
});
export const withdrawConsentAction = serverAction({
  schema: withdrawConsentSchema,
  permission: "consent:write",
  handler: withdrawConsent,
});
