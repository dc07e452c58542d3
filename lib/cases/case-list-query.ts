import { z } from "zod";

import {
  CaseKind,
  CaseStatus,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  ServiceType,
  Sex,
} from "@/lib/generated/prisma/enums";
import { isIso3Country } from "@/lib/geo/countries";

// The case list's state lives in the URL; anything unrecognised falls back to a default
// rather than failing, so an old bookmark still opens.
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const isoDay = z.iso.date();

export const caseSortColumns = ["ref", "openedOn", "status", "kind", "name"] as const;
export const pageSizes = [25, 50, 100] as const;

export const caseListQuerySchema = z.object({
  // In the URL `q` is sealed (lib/crypto/sealed-text.ts): a typed name never shows there.
  q: lenient(
    z
      .string()
      .trim()
      .max(400)
      .transform((value) => value || undefined),
  ),
  kind: lenient(z.enum(CaseKind)),
  status: lenient(z.enum(CaseStatus)),
  sex: lenient(z.enum(Sex)),
  nationality: lenient(z.string().refine(isIso3Country)),
  age: lenient(z.enum(["child", "adult"])),
  openedFrom: lenient(isoDay),
  openedTo: lenient(isoDay),
  // Drill-down from the office's annual report: each figure links to the cases behind it
  // (lib/reports/drill-down.ts), with REPORT_SPEC's definitions.
  servedIn: lenient(z.coerce.number().int().min(1900).max(2200)),
  serviceType: lenient(z.enum(ServiceType)),
  ageAtService: lenient(z.enum(["child", "adult", "unknown"])),
  exploitation: lenient(z.enum(ExploitationType)),
  sector: lenient(z.enum(LabourSector)),
  category: lenient(z.enum(MigrantCategory)),
  ageAtIdentification: lenient(z.enum(["child"])),
  identifiedTo: lenient(isoDay),
  // Whose cases: a holder's id, "none" for unassigned cases, "all"; see effectiveAssignee.
  assignee: lenient(z.union([z.enum(["all", "none"]), z.uuid()])),
  sort: z.enum(caseSortColumns).catch("openedOn"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .pipe(z.union(pageSizes.map((size) => z.literal(size))))
    .catch(25),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

export const drillDownKeys = [
  "servedIn",
  "serviceType",
  "ageAtService",
  "exploitation",
  "sector",
  "category",
  "ageAtIdentification",
  "identifiedTo",
] as const;
export type DrillDownKey = (typeof drillDownKeys)[number];

// The filters of the filter form (the report's drill-down has its own summary): their count
// labels the button that opens the form on a phone.
const formFilterKeys = [
  "kind",
  "status",
  "sex",
  "nationality",
  "age",
  "openedFrom",
  "openedTo",
  "assignee",
] as const;
export function countFormFilters(query: CaseListQuery, searchText: string): number {
  const set = formFilterKeys.filter((key) => query[key] !== undefined).length;
  return set + (searchText.trim() ? 1 : 0);
}

// Without a choice in the URL a caseworker sees their own cases and a supervisor the
// office's; a drill-down from the annual report shows every case behind the figure.
export function effectiveAssignee(
  query: Pick<CaseListQuery, "assignee" | DrillDownKey>,
  user: { id: string; role: string },
): string {
  if (query.assignee) return query.assignee;
  const isDrillDown = drillDownKeys.some((key) => query[key] !== undefined);
  return user.role === "CASEWORKER" && !isDrillDown ? user.id : "all";
}
