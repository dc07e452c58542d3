import type { CaseListQuery } from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";

import type { AgeGroup, SexCode } from "./annual-report";

// From a figure of the office's annual report to the case-list filters that select exactly
// the cases behind it (REPORT_SPEC's definitions, scoped to the user's office by the list).
// The list counts the distinct people of those cases, which is what the figure counts.
// Figures that count services (counselling, reintegration, children's needs) or countries
// have no list of cases that adds up to them, so they do not link.
type CaseFilters = Partial<CaseListQuery>;

const FIGURES: Record<string, (year: number) => CaseFilters> = {
  migrantsAssisted: (year) => ({ servedIn: year }),
  avrAssisted: (year) => ({ kind: "AVR", servedIn: year }),
  votAssisted: (year) => ({ kind: "VOT", servedIn: year }),
  votChildren: (year) => ({ kind: "VOT", servedIn: year, ageAtIdentification: "child" }),
  votDatabase: (year) => ({ kind: "VOT", identifiedTo: `${String(year).padStart(4, "0")}-12-31` }),
};

export type BreakdownKey =
  | "nationality"
  | "hostCountry"
  | "region"
  | "exploitation"
  | "sector"
  | "serviceTypes"
  | "avrCategory"
  | "returns";

const BREAKDOWNS: Record<BreakdownKey, (year: number, key: string) => CaseFilters> = {
  nationality: (year, key) => ({ servedIn: year, nationality: key }),
  // An office has one host country and region: its cases are all of them.
  hostCountry: (year) => ({ servedIn: year }),
  region: (year) => ({ servedIn: year }),
  exploitation: (year, key) => ({
    kind: "VOT",
    servedIn: year,
    exploitation: key as CaseListQuery["exploitation"],
  }),
  sector: (year, key) => ({
    kind: "VOT",
    servedIn: year,
    exploitation: "FORCED_LABOUR",
    sector: key as CaseListQuery["sector"],
  }),
  serviceTypes: (year, key) => ({
    servedIn: year,
    serviceType: key as CaseListQuery["serviceType"],
  }),
  avrCategory: (year, key) => ({
    kind: "AVR",
    servedIn: year,
    category: key as CaseListQuery["category"],
  }),
  returns: (year) => ({ kind: "AVR", servedIn: year, serviceType: "RETURN_TRAVEL" }),
};

export function figureCases(figure: string, year: number): CaseFilters | null {
  return FIGURES[figure]?.(year) ?? null;
}

// "UNKNOWN" gathers blank values, which the list has no filter for.
export function breakdownCases(
  breakdown: BreakdownKey,
  key: string,
  year: number,
): CaseFilters | null {
  return key === "UNKNOWN" ? null : BREAKDOWNS[breakdown](year, key);
}

export function sexByAgeCases(sex: SexCode, age: AgeGroup, year: number): CaseFilters {
  return { servedIn: year, sex, ageAtService: age };
}

export const drillDownHref = (filters: CaseFilters | null) =>
  filters ? caseListHref(filters) : null;
