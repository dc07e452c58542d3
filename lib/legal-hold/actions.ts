"use server";

import { setLegalHold } from "@/lib/legal-hold/set-legal-hold";
import { serverAction } from "@/lib/safe-action";
import { setLegalHoldSchema } from "@/lib/validations/data-protection";

export const setLegalHoldAction = serverAction({
  schema: setLegalHoldSchema,
  permission: "case:legal-hold",
  handler: setLegalHold,
});
