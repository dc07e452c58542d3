import { z } from "zod";

import { optionalId, requiredText } from "@/lib/forms/fields";

// The year range both HTCDS exports take (of identification); blank = every year.
const optionalYear = z
  .union([z.literal("").transform(() => null), z.coerce.number().int().min(1990).max(2100)], {
    error: "invalidChoice",
  })
  .nullable()
  .optional()
  .transform((value) => value ?? null);

function checkYears(
  value: { yearFrom: number | null; yearTo: number | null },
  ctx: z.RefinementCtx,
) {
  if (value.yearFrom !== null && value.yearTo !== null && value.yearTo < value.yearFrom)
    ctx.addIssue({ code: "custom", path: ["yearTo"], message: "endBeforeStart" });
}

// POST /api/htcds/cases: a supervisor's case-level file for a data-sharing agreement. The
// reason is required and goes into the export log (never a name: the form says so).
export const caseLevelExportSchema = z
  .object({
    reason: requiredText(500),
    includeIdentifying: z.boolean("invalidChoice").default(false),
    yearFrom: optionalYear,
    yearTo: optionalYear,
  })
  .strict()
  .superRefine(checkYears);
export type CaseLevelExportInput = z.output<typeof caseLevelExportSchema>;

// GET /api/htcds/anonymised and the page's preview: HQ may limit to one office.
export const anonymisedExportSchema = z
  .object({
    office: optionalId.optional().transform((value) => value ?? null),
    yearFrom: optionalYear,
    yearTo: optionalYear,
  })
  .superRefine(checkYears);
export type AnonymisedExportInput = z.output<typeof anonymisedExportSchema>;
