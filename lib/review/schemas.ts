import { z } from "zod";

import {
  choice,
  day,
  idempotencyKey,
  optionalText,
  pastDay,
  requiredText,
  version,
} from "@/lib/forms/fields";
import { Modality } from "@/lib/generated/prisma/enums";
import { isCurrency, toMinorUnits } from "@/lib/money/currency";
import { REINTEGRATION_SERVICE_TYPES } from "@/lib/vocabulary";

export const planItemSchema = z.object({
  type: z.enum(REINTEGRATION_SERVICE_TYPES, "invalidChoice"),
  description: requiredText(500),
  modality: choice(Modality),
  amount: z.string().trim().min(1, "required").max(20, "tooLong"),
  plannedOn: day,
});

// The plan editor: all items at once, in one currency. A new plan has no id or version.
export const savePlanSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    planId: z.uuid("invalidChoice").nullable(),
    version: version.nullable(),
    currency: z.string().trim().toUpperCase().refine(isCurrency, "invalidChoice"),
    items: z.array(planItemSchema).min(1, "atLeastOneItem").max(30, "tooLong"),
    idempotencyKey,
  })
  .superRefine((value, ctx) => {
    if ((value.planId === null) !== (value.version === null))
      ctx.addIssue({ code: "custom", path: ["version"], message: "invalidChoice" });
    if (!isCurrency(value.currency)) return;
    value.items.forEach((item, index) => {
      if (item.amount && toMinorUnits(item.amount, value.currency) === null)
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "amount"],
          message: "invalidAmount",
        });
    });
  });
export type SavePlanInput = z.input<typeof savePlanSchema>;

export const submitPlanSchema = z.object({ planId: z.uuid("invalidChoice"), version });

export const decidePlanSchema = z
  .object({
    planId: z.uuid("invalidChoice"),
    version,
    decision: z.enum(["APPROVE", "RETURN", "REJECT"], "invalidChoice"),
    comment: optionalText(2000),
  })
  .refine((value) => value.decision === "APPROVE" || value.comment, {
    path: ["comment"],
    message: "commentRequired",
  });
export type DecidePlanInput = z.input<typeof decidePlanSchema>;

export const deliverPlanItemSchema = z.object({
  itemId: z.uuid("invalidChoice"),
  deliveredOn: pastDay,
  provider: optionalText(200),
  idempotencyKey,
});
export type DeliverPlanItemInput = z.input<typeof deliverPlanItemSchema>;
