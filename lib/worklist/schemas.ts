import { z } from "zod";

import { day, idempotencyKey, requiredText, version } from "@/lib/forms/fields";

// A follow-up: a day and a short text, on a case of the user's office.
export const addFollowUpSchema = z.object({
  caseId: z.uuid("invalidChoice"),
  dueOn: day,
  text: requiredText(200),
  idempotencyKey,
});
export type AddFollowUpInput = z.input<typeof addFollowUpSchema>;

export const completeFollowUpSchema = z.object({
  followUpId: z.uuid("invalidChoice"),
  version,
});
export type CompleteFollowUpInput = z.input<typeof completeFollowUpSchema>;
