import { z } from "zod";

import { choice } from "@/lib/forms/fields";
import { SustainabilityDimension } from "@/lib/generated/prisma/enums";

const weight = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,2})?$/, "invalidWeight")
  .transform(Number);

export const updateIndicatorSchema = z.object({
  indicatorId: z.uuid("invalidChoice"),
  weight,
  isActive: z.boolean("invalidChoice"),
});
export type UpdateIndicatorInput = z.input<typeof updateIndicatorSchema>;

export const updateDimensionWeightSchema = z.object({
  dimension: choice(SustainabilityDimension),
  weight,
});
export type UpdateDimensionWeightInput = z.input<typeof updateDimensionWeightSchema>;
