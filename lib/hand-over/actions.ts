"use server";

import { handOverCase } from "@/lib/hand-over/hand-over-case";
import { handOverCaseSchema } from "@/lib/hand-over/schemas";
import { serverAction } from "@/lib/safe-action";

export const handOverCaseAction = serverAction({
  schema: handOverCaseSchema,
  permission: "case:hand-over",
  handler: handOverCase,
});
