import { z } from "zod";

import { choice, idempotencyKey, pastDay, requiredText } from "@/lib/forms/fields";
import { CaseNoteKind } from "@/lib/generated/prisma/enums";

// The longest note, in characters: shown under the field, checked by the form, the server
// and the database (case_notes_text_length).
export const NOTE_MAX_LENGTH = 4000;

export const CASE_NOTE_KINDS = Object.values(CaseNoteKind);

export const addCaseNoteSchema = z.object({
  caseId: z.uuid("invalidChoice"),
  kind: choice(CaseNoteKind),
  contactOn: pastDay,
  text: requiredText(NOTE_MAX_LENGTH),
  idempotencyKey,
});
export type AddCaseNoteInput = z.input<typeof addCaseNoteSchema>;
