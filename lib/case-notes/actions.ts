"use server";

import { addCaseNote } from "@/lib/case-notes/add-case-note";
import { addCaseNoteSchema } from "@/lib/case-notes/schemas";
import { serverAction } from "@/lib/safe-action";

export const addCaseNoteAction = serverAction({
  schema: addCaseNoteSchema,
  permission: "case:write",
  handler: addCaseNote,
});
