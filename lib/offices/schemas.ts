import { z } from "zod";

import { country, recordCode, requiredText } from "@/lib/forms/fields";
import { locales } from "@/lib/i18n/config";
import { isTimeZone } from "@/lib/i18n/time-zones";
import { isCurrency, toMinorUnits } from "@/lib/money/currency";

export const createOfficeSchema = z.object({
  code: recordCode,
  name: requiredText(),
  hostCountry: country,
});
export type CreateOfficeInput = z.input<typeof createOfficeSchema>;

// Blank amount and currency remove the threshold (no plan then needs a second approval).
export const setSecondApprovalThresholdSchema = z
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
export type SetSecondApprovalThresholdInput = z.input<typeof setSecondApprovalThresholdSchema>;

// The language of the office's users who have chosen none (and whose browser asks for none
// we have), and the time zone its times are shown in.
export const setOfficeLocalisationSchema = z.object({
  officeId: z.uuid("invalidChoice"),
  defaultLocale: z.enum(locales, "invalidChoice"),
  timeZone: z.string().trim().refine(isTimeZone, "invalidTimeZone"),
});
export type SetOfficeLocalisationInput = z.input<typeof setOfficeLocalisationSchema>;
