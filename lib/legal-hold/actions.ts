"use server";

import { setLegalHoldSchema } from "@/lib/legal-hold/schemas";
import { setLegalHold } from "@/lib/legal-hold/set-legal-hold";
import { serverAction } from "@/lib/safe-action";

export const setLegalHoldAction = serverAction({
  schema: setLegalHoldSchema,
  permission: "case:legal-hold",
  handler: setLegalHold,
});
