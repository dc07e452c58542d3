import { z } from "zod";

import { choice, idempotencyKey, optionalText, pastDay, version } from "@/lib/forms/fields";
import { ServiceType } from "@/lib/generated/prisma/enums";
import { isCurrency, toMinorUnits } from "@/lib/money/currency";

export const sendReferralSchema = z.object({
  caseId: z.uuid("invalidChoice"),
  providerId: z.uuid("invalidChoice"),
  serviceType: choice(ServiceType),
  sentOn: pastDay,
  note: optionalText(1000),
  idempotencyKey,
});
export type SendReferralInput = z.output<typeof sendReferralSchema>;

const NEXT_STATUSES = ["ACCEPTED", "DECLINED", "COMPLETED", "REVOKED"] as const;

// One step of a referral. On completion the service delivered may be recorded with it, as
// a service of the case (its amount optional, as on the service form).
export const changeReferralStatusSchema = z
  .object({
    referralId: z.uuid("invalidChoice"),
    version,
    toStatus: z.enum(NEXT_STATUSES, "invalidChoice"),
    effectiveOn: pastDay,
    recordService: z.boolean("invalidChoice"),
    amount: z.string().trim().max(20, "tooLong"),
    currency: z.string().trim().toUpperCase(),
    idempotencyKey,
  })
  .superRefine((value, ctx) => {
    if (value.recordService && value.toStatus !== "COMPLETED")
      ctx.addIssue({ code: "custom", path: ["recordService"], message: "invalidChoice" });
    if (!value.recordService || (!value.amount && !value.currency)) return;
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
export type ChangeReferralStatusInput = z.output<typeof changeReferralStatusSchema>;
