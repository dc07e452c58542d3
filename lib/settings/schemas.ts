import { z } from "zod";

import { MIN_DISCLOSURE_THRESHOLD } from "@/lib/settings/disclosure-threshold";

// REPORT_SPEC's rule (a cell of 1 to 9 people is shown as "<10") is the least an admin may
// set; the upper bound only keeps the value sane. The database checks the same range.
export const MAX_DISCLOSURE_THRESHOLD = 1000;

export const setDisclosureThresholdSchema = z.object({
  // The form sends its parsed number; a plain POST would send the text.
  threshold: z
    .union(
      [
        z
          .string()
          .trim()
          .regex(/^\d{1,4}$/, "invalidThreshold")
          .transform(Number),
        z.number(),
      ],
      "invalidThreshold",
    )
    .pipe(
      z
        .number()
        .int()
        .min(MIN_DISCLOSURE_THRESHOLD, "thresholdBelowMinimum")
        .max(MAX_DISCLOSURE_THRESHOLD, "invalidThreshold"),
    ),
});
export type SetDisclosureThresholdInput = z.input<typeof setDisclosureThresholdSchema>;
