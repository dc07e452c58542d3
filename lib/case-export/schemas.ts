import { z } from "zod";

export const CASE_EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type CaseExportFormat = (typeof CASE_EXPORT_FORMATS)[number];

// The most cases one file holds: a list longer than this is refused, not cut, so that a
// file never silently lacks cases the screen counts.
export const CASE_EXPORT_CAP = 5000;

// The export's own parameter; the rest are the case list's, read by its own lenient schema
// (lib/cases/case-list-query.ts), so the file matches the screen.
export const caseExportParamsSchema = z.object({ format: z.enum(CASE_EXPORT_FORMATS) });
