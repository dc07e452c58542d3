import { z } from "zod";

import { ServiceType } from "@/lib/generated/prisma/enums";
import { isCurrency, toMinorUnits } from "@/lib/money/currency";
import { choice, idempotencyKey, optionalText, pastDay } from "@/lib/validations/common";

export const addServiceSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    type: choice(ServiceType),
    deliveredOn: pastDay,
    provider: optionalText(200),
    amount: z.string().trim().max(20, "tooLong"),
    currency: z.string().trim().toUpperCase(),
    note: optionalText(2000),
    idempotencyKey,
  })
  .superRefine((value, ctx) => {
    if (!value.amount && !value.currency) return;
    if (!isCurrency(value.currency))
      ctx.addIssue({
        code: "custom",
        path: ["currency"],
        message: value.currency ? "invalidChoice" : "required",
      });
    else if (!value.amount) ctx.addIssue({ code: "custom", path: ["amount"], message: "required" });
    else if (toMinorUnits(value.amount, value.currency) === null)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "invalidAmount" });
  });
export type AddServiceInput = z.input<typeof addServiceSchema>;
