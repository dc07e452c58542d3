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

export function reportToCsv(
  report: PublishedReport,
  { t }: Words,
  generatedAt = new Date(),
): string {
  const generated = generatedAt.toISOString();
  const scope = [report.filter.office, report.filter.hostCountry, report.filter.region].map(
    (cell) => textCell(cell),
  );
  const labels = HEADER.map((key) => textCell(t(`report.csv.${key}`)));
  const lines = [labels.join(","), HEADER.join(","), HXL.join(",")];
  for (const row of flattenReport(report))
    lines.push(
      [String(report.year), ...scope, textCell(row.figure), textCell(row.value), generated].join(
        ",",
      ),
    );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
