"use server";

import { handOverCase } from "@/lib/hand-over/hand-over-case";
import { serverAction } from "@/lib/safe-action";
import { handOverCaseSchema } from "@/lib/validations/data-protection";

export const handOverCaseAction = serverAction({
  schema: handOverCaseSchema,
  permission: "case:hand-over",
  handler: handOverCase,
});
