import ExcelJS from "exceljs";

import { countryName } from "@/lib/geo/countries";
import { SEXES } from "@/lib/vocabulary";

import { AGE_GROUPS } from "./annual-report";
import type { PublishedCell } from "./disclosure";
import { flattenReport, neutraliseFormula } from "./flatten-report";
import type { PublishedReport } from "./publish-annual-report";
import { reportTitle } from "./report-naming";

type Cell = string | number | null;

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(header).font = { bold: true };
  // Numbers stay numbers; text (including "<10" and "x") is neutralised against formulas.
  for (const row of rows)
    sheet.addRow(row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)));
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
}

const countryRows = (cells: Record<string, PublishedCell>): Cell[][] =>
  Object.entries(cells).map(([code, value]) => [
    code,
    code === "UNKNOWN" ? "Unknown" : countryName(code),
    value,
  ]);
const keyRows = (cells: Record<string, PublishedCell>): Cell[][] =>
  Object.entries(cells).map(([key, value]) => [key, value]);

// The first sheet says what the file is: title, year, filter (blank = all), generation time.
function addAboutSheet(workbook: ExcelJS.Workbook, report: PublishedReport, generatedAt: Date) {
  const title = reportTitle(report);
  workbook.title = title;
  addSheet(
    workbook,
    "About",
    ["field", "value"],
    [
      ["title", title],
      ["year", report.year],
      ["office", report.filter.office ?? ""],
      ["host_country", report.filter.hostCountry ?? ""],
      ["region", report.filter.region ?? ""],
      ["generated_at", generatedAt.toISOString()],
      ["source", "Passage"],
    ],
  );
}

// A sheet about the file, one for the top-line figures and one per breakdown, typed cells.
export async function reportToXlsx(
  report: PublishedReport,
  generatedAt = new Date(),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Passage";
  workbook.created = generatedAt;
  addAboutSheet(workbook, report, generatedAt);
  addSheet(
    workbook,
    "Figures",
    ["figure", "value"],
    flattenReport(report)
      .filter((row) => !row.figure.startsWith("breakdowns."))
      .map((row) => [row.figure, row.value]),
  );
  const b = report.breakdowns;
  addSheet(
    workbook,
    "Sex by age",
    ["sex", ...AGE_GROUPS],
    SEXES.map((sex) => [sex, ...AGE_GROUPS.map((age) => b.sexByAge[sex][age])]),
  );
  addSheet(workbook, "Nationality", ["iso3", "country", "people"], countryRows(b.nationality));
  addSheet(workbook, "Host country", ["iso3", "country", "people"], countryRows(b.hostCountry));
  addSheet(workbook, "Region", ["region", "people"], keyRows(b.region));
  addSheet(
    workbook,
    "Exploitation type",
    ["type", "people", "pct", "prev_pct", "change_points"],
    Object.entries(report.vot.exploitation).map(([type, share]) => [
      type,
      share.count,
      share.pct,
      share.prevPct,
      share.changePoints,
    ]),
  );
  addSheet(
    workbook,
    "Labour sector",
    ["sector", "people"],
    keyRows(report.vot.forcedLabourSectors),
  );
  addSheet(workbook, "Service types", ["type", "people"], keyRows(b.serviceTypes));
  addSheet(workbook, "AVR category", ["category", "people"], keyRows(report.avr.byCategory));
  addSheet(
    workbook,
    "Returns by host country",
    ["iso3", "country", "people"],
    countryRows(report.avr.returnsByHostCountry),
  );
  addSheet(workbook, "Child VoT needs", ["type", "services"], keyRows(report.vot.childrenNeeds));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
