import { z } from "zod";

import { SustainabilityDimension } from "@/lib/generated/prisma/enums";
import { choice, optionalDay, optionalText, pastDay } from "@/lib/validations/common";

export const recordVisitSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    visitedOn: pastDay,
    note: optionalText(2000),
    nextVisitDue: optionalDay,
  })
  .refine((value) => !value.nextVisitDue || value.nextVisitDue >= value.visitedOn, {
    path: ["nextVisitDue"],
    message: "nextVisitBeforeVisit",
  });
export type RecordVisitInput = z.input<typeof recordVisitSchema>;

// Answers arrive as the select's text; "" means not answered (refused on the server when
// the indicator is active).
export const recordSurveySchema = z.object({
  caseId: z.uuid("invalidChoice"),
  surveyedOn: pastDay,
  answers: z
    .array(
      z.object({
        indicatorId: z.uuid("invalidChoice"),
        answer: z.union([z.literal(""), z.string().regex(/^\d{1,2}$/, "invalidChoice")]),
      }),
    )
    .max(100, "tooLong"),
});
export type RecordSurveyInput = z.input<typeof recordSurveySchema>;

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
