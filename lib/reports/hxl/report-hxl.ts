import { createTranslator } from "next-intl";

import messages from "@/lib/i18n/messages/en.json";

import { csvDocument } from "../report-csv";
import { DIMENSIONS, hxlRows, type Dimension } from "./hxl-rows";
import type { AllYears } from "./publish-all-years";

// Every column with its HXL hashtag (hxlstandard.org core hashtags, refined by attributes).
export const HXL_COLUMNS: readonly (readonly [string, string])[] = [
  ["year", "#date+year"],
  ["indicator_code", "#indicator+code"],
  ["indicator_name", "#indicator+name"],
  ["unit", "#meta+unit"],
  ["sex", "#group+sex+code"],
  ["age_group", "#group+age+code"],
  ["nationality", "#country+code+nationality"],
  ["host_country", "#country+code+host"],
  ["region", "#region+name"],
  ["migrant_category", "#group+migrant+code"],
  ["exploitation_type", "#group+exploitation+code"],
  ["labour_sector", "#group+sector+code"],
  ["service_type", "#activity+code"],
  ["value", "#indicator+value+num"],
  ["disclosure", "#meta+disclosure"],
] satisfies readonly (readonly [string, string])[];

// The English name of an indicator, from the catalogue (the export is meant for HDX).
export function indicatorName(indicator: string): string {
  const t = createTranslator({ locale: "en", messages, namespace: "hxl.indicators" });
  return t(indicator as Parameters<typeof t>[0]);
}

// One long CSV of every published figure of every year: the header, the hashtag row right
// under it, then one row per figure, through the formula-safe CSV writer.
export function allYearsToHxlCsv({ reports }: AllYears): string {
  const rows = reports
    .flatMap(hxlRows)
    .map((row) => [
      row.year,
      row.indicator,
      indicatorName(row.indicator),
      row.unit,
      ...DIMENSIONS.map((dimension: Dimension) => row.dimensions[dimension] ?? null),
      row.value,
      row.disclosure,
    ]);
  return csvDocument([
    HXL_COLUMNS.map(([name]) => name),
    HXL_COLUMNS.map(([, tag]) => tag),
    ...rows,
  ]);
}
