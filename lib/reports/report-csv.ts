import type { Words } from "@/lib/i18n/catalogues";

import { flattenReport, neutraliseFormula } from "./flatten-report";
import type { PublishedReport } from "./publish-annual-report";

// CSV for people and for HXL tools: a row of column labels in the reader's language, the row
// of stable keys, the row of HXL hashtags, then one row per figure. HXL tools take the
// hashtag row wherever it is and the rows above it as headers; programs read the keys on the
// second row. UTF-8 with a BOM so Excel reads it right; RFC 4180 quoting. The metadata rides
// in columns: the filter (office, host_country, region; blank = all) and the generation time
// (generated_at, UTC).
const HEADER = ["year", "office", "host_country", "region", "figure", "value", "generated_at"];
const HXL = [
  "#date+year",
  "#org+code",
  "#country+code",
  "#region+name",
  "#indicator+code",
  "#indicator+value",
  "#date+generated",
];

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function textCell(value: string | number | null): string {
  if (value === null) return "";
  return typeof value === "number" ? String(value) : quote(neutraliseFormula(value));
}

// Rows as a CSV file: every text cell quoted and neutralised, CRLF line ends, a BOM.
export function csvDocument(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(textCell).join(",")).join("\r\n")}\r\n`;
}

export function reportToCsv(
  report: PublishedReport,
  { t }: Words,
  generatedAt = new Date(),
): string {
  const generated = generatedAt.toISOString();
  const { office, hostCountry, region } = report.filter;
  return csvDocument([
    HEADER.map((key) => t(`report.csv.${key}`)),
    HEADER,
    HXL,
    ...flattenReport(report).map((row) => [
      report.year,
      office,
      hostCountry,
      region,
      row.figure,
      row.value,
      generated,
    ]),
  ]);
}
