import { z } from "zod";

import { optionalDay, optionalText, pastDay } from "@/lib/forms/fields";

export const recordMonitoringVisitSchema = z
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
export type RecordMonitoringVisitInput = z.input<typeof recordMonitoringVisitSchema>;

// Answers arrive as the select's text; "" means not answered (refused on the server when
// the indicator is active).
export const recordSustainabilitySurveySchema = z.object({
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
export type RecordSustainabilitySurveyInput = z.input<typeof recordSustainabilitySurveySchema>;
