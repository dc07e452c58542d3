import { flattenReport } from "../flatten-report";
import type { PublishedReport } from "../publish-annual-report";

// The disaggregations a figure can carry, each a column of the HXL file.
export const DIMENSIONS = [
  "sex",
  "age_group",
  "nationality",
  "host_country",
  "region",
  "migrant_category",
  "exploitation_type",
  "labour_sector",
  "service_type",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Unit = "people" | "services" | "percent" | "points" | "countries" | "projects";
export type UnitOrText = Unit | "text" | "date";

// How a published cell is to be read: its number, a count below the threshold ("<10"), a
// count withheld ("x"), or no figure at all (a share of hidden counts is not computed).
export type Disclosure = "shown" | "below-threshold" | "withheld" | "not-published";

export type HxlRow = {
  year: number;
  indicator: string;
  unit: UnitOrText;
  dimensions: Partial<Record<Dimension, string>>;
  value: number | string | null;
  disclosure: Disclosure;
};

type Pattern = { path: string; indicator?: string; codes?: Record<string, string> };

// Figure paths whose segments are categories ({dimension}) rather than names of a figure:
// "vot.exploitation.SEXUAL.pct" is the indicator "vot.exploitation.pct" for SEXUAL.
const PATTERNS: Pattern[] = [
  { path: "breakdowns.sexByAge.{sex}.{age_group}" },
  { path: "breakdowns.nationality.{nationality}" },
  { path: "breakdowns.hostCountry.{host_country}" },
  { path: "breakdowns.region.{region}" },
  { path: "breakdowns.serviceTypes.{service_type}" },
  { path: "avr.byCategory.{migrant_category}" },
  { path: "avr.returnsByHostCountry.{host_country}" },
  { path: "vot.exploitation.{exploitation_type}.*" },
  { path: "vot.forcedLabourSectors.{labour_sector}" },
  { path: "vot.childrenNeeds.{service_type}" },
  {
    path: "sex.{sex}",
    indicator: "sex.count",
    codes: { male: "M", female: "F", other: "X", unknown: "U" },
  },
  {
    path: "age.{age_group}",
    indicator: "age.count",
    codes: { adults: "adult", children: "child", unknown: "unknown" },
  },
];

function matchPattern(pattern: Pattern, segments: string[]) {
  const parts = pattern.path.split(".");
  if (parts.length !== segments.length) return null;
  const code: string[] = [];
  const dimensions: Partial<Record<Dimension, string>> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index]!;
    const dimension = /^\{(\w+)\}$/.exec(part)?.[1] as Dimension | undefined;
    if (!dimension) {
      if (part !== "*" && part !== segment) return null;
      code.push(segment);
      continue;
    }
    const value = pattern.codes ? pattern.codes[segment] : segment;
    if (value === undefined) return null;
    dimensions[dimension] = value;
  }
  return { indicator: pattern.indicator ?? code.join("."), dimensions };
}

export function splitFigure(figure: string): {
  indicator: string;
  dimensions: Partial<Record<Dimension, string>>;
} {
  const segments = figure.split(".");
  for (const pattern of PATTERNS) {
    const match = matchPattern(pattern, segments);
    if (match) return match;
  }
  return { indicator: figure, dimensions: {} };
}

const SERVICE_COUNTS = /^(counsellingSessions|reintegrationServices)|^vot\.childrenNeeds$/;
const COUNTRY_COUNTS = /^(countriesOfOrigin|hostCountries|votDatabase\.\w+Countries)$/;

export function unitOf(indicator: string): UnitOrText {
  if (/(Pct|\.pct|\.prevPct)$/.test(indicator)) return "percent";
  if (indicator.endsWith("changePoints")) return "points";
  if (SERVICE_COUNTS.test(indicator)) return "services";
  if (COUNTRY_COUNTS.test(indicator)) return "countries";
  if (indicator === "activeProjects") return "projects";
  if (indicator === "vot.childrenTopRegion") return "text";
  if (indicator === "votDatabase.asOf") return "date";
  return "people";
}

function disclosureOf(value: number | string | null, unit: UnitOrText): Disclosure {
  if (value === null) return "not-published";
  if (typeof value === "number" || unit === "text" || unit === "date") return "shown";
  return value.startsWith("<") ? "below-threshold" : "withheld";
}

// One row per published figure, in the report's key order. Values are the published cells
// exactly: a hidden count stays its marker, never its value.
export function hxlRows(report: PublishedReport): HxlRow[] {
  return flattenReport(report).map(({ figure, value }) => {
    const { indicator, dimensions } = splitFigure(figure);
    const unit = unitOf(indicator);
    return {
      year: report.year,
      indicator,
      unit,
      dimensions,
      value,
      disclosure: disclosureOf(value, unit),
    };
  });
}
