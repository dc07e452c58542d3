import { z } from "zod";

import { optionalText, version } from "@/lib/forms/fields";

export const setLegalHoldSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    version,
    isOnHold: z.boolean("invalidChoice"),
    reason: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.isOnHold && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
export type SetLegalHoldInput = z.output<typeof setLegalHoldSchema>;
