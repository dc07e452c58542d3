import { z } from "zod";

import { isCurrency, toMinorUnits } from "@/lib/money/currency";
import { country, day, optionalDay, requiredText } from "@/lib/validations/common";

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, "invalidCode");

export const createOfficeSchema = z.object({ code, name: requiredText(), hostCountry: country });
export type CreateOfficeInput = z.input<typeof createOfficeSchema>;

export const createProjectSchema = z
  .object({
    code,
    title: requiredText(300),
    officeId: z.uuid("invalidChoice"),
    startDate: day,
    endDate: optionalDay,
  })
  .refine((value) => !value.endDate || value.endDate >= value.startDate, {
    path: ["endDate"],
    message: "endBeforeStart",
  });
export type CreateProjectInput = z.input<typeof createProjectSchema>;

// Blank amount and currency remove the threshold (no plan then needs a second approval).
export const setSecondApprovalSchema = z
  .object({
    officeId: z.uuid("invalidChoice"),
    amount: z.string().trim().max(20, "tooLong"),
    currency: z.string().trim().toUpperCase(),
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
export type SetSecondApprovalInput = z.input<typeof setSecondApprovalSchema>;
