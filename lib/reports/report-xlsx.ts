import ExcelJS from "exceljs";

import { countryName } from "@/lib/geo/countries";
import type { Words } from "@/lib/i18n/catalogues";
import { SEXES } from "@/lib/vocabulary";

import { AGE_GROUPS } from "./annual-report";
import type { PublishedCell } from "./disclosure";
import { flattenReport, neutraliseFormula } from "./flatten-report";
import type { PublishedReport } from "./publish-annual-report";
import { reportTitle } from "./report-naming";
import { regionName } from "./report-words";

type Cell = string | number | null;

// Excel refuses a sheet name over 31 characters or with any of []:*?/\ in it.
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

// One sheet: a bold header row, then the rows with every text cell neutralised against formulas.
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
) {
  const sheet = workbook.addWorksheet(sheetName(name));
  sheet.addRow(header).font = { bold: true };
  // Numbers stay numbers; text (including "<10" and "x") is neutralised against formulas.
  for (const row of rows)
    sheet.addRow(row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell)));
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
}

// Figures with a sheet of their own are not repeated on the Figures sheet.
const OWN_SHEET = [
  "breakdowns.",
  "avr.byCategory.",
  "avr.returnsByHostCountry.",
  "vot.exploitation.",
  "vot.forcedLabourSectors.",
  "vot.childrenNeeds.",
];

// A workbook for people, in the reader's language: sheet names, headers and labels come from
// the catalogue (report.xlsx, report.labels); each row keeps its stable code beside its label.
export async function reportToXlsx(
  report: PublishedReport,
  words: Words,
  generatedAt = new Date(),
): Promise<Buffer> {
  const { locale, t } = words;
  const sheet = (key: string) => t(`report.xlsx.sheet.${key}`);
  const column = (key: string) => t(`report.xlsx.column.${key}`);
  const country = (code: string) =>
    code === "UNKNOWN" ? t("report.labels.unknown") : countryName(code, locale);
  const countryRows = (cells: Record<string, PublishedCell>): Cell[][] =>
    Object.entries(cells).map(([code, value]) => [code, country(code), value]);
  const labelledRows = (cells: Record<string, PublishedCell>, labels: string): Cell[][] =>
    Object.entries(cells).map(([code, value]) => [
      code,
      t(`report.labels.${labels}.${code}`),
      value,
    ]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Passage";
  workbook.created = generatedAt;
  const title = reportTitle(report, words);
  workbook.title = title;
  const { office, hostCountry, region } = report.filter;
  addSheet(
    workbook,
    sheet("about"),
    [column("field"), column("value")],
    [
      [t("report.xlsx.about.title"), title],
      [t("report.xlsx.about.year"), report.year],
      [t("report.xlsx.about.office"), office ?? t("report.xlsx.about.all")],
      [
        t("report.xlsx.about.hostCountry"),
        hostCountry ? country(hostCountry) : t("report.xlsx.about.all"),
      ],
      [t("report.xlsx.about.region"), region ? regionName(t, region) : t("report.xlsx.about.all")],
      [t("report.xlsx.about.generatedAt"), generatedAt.toISOString()],
      [t("report.xlsx.about.source"), "Passage"],
    ],
  );
  addSheet(
    workbook,
    sheet("figures"),
    [column("code"), column("figure"), column("value")],
    flattenReport(report)
      .filter((row) => !OWN_SHEET.some((prefix) => row.figure.startsWith(prefix)))
      .map((row) => {
        const key = `report.xlsx.figure.${row.figure}`;
        const value =
          row.figure === "vot.childrenTopRegion" && typeof row.value === "string"
            ? regionName(t, row.value)
            : row.value;
        return [row.figure, t.has(key) ? t(key) : row.figure, value];
      }),
  );
  const b = report.breakdowns;
  addSheet(
    workbook,
    sheet("sexByAge"),
    [column("code"), column("sex"), ...AGE_GROUPS.map((age) => t(`report.labels.age.${age}`))],
    SEXES.map((sex) => [
      sex,
      t(`report.labels.sex.${sex}`),
      ...AGE_GROUPS.map((age) => b.sexByAge[sex][age]),
    ]),
  );
  const countryHeader = [column("iso3"), column("country"), column("people")];
  addSheet(workbook, sheet("nationality"), countryHeader, countryRows(b.nationality));
  addSheet(workbook, sheet("hostCountry"), countryHeader, countryRows(b.hostCountry));
  addSheet(
    workbook,
    sheet("region"),
    [column("code"), column("region"), column("people")],
    Object.entries(b.region).map(([name, value]) => [name, regionName(t, name), value]),
  );
  addSheet(
    workbook,
    sheet("exploitation"),
    [
      column("code"),
      column("type"),
      column("people"),
      column("pct"),
      column("prevPct"),
      column("changePoints"),
    ],
    Object.entries(report.vot.exploitation).map(([type, share]) => [
      type,
      t(`report.labels.exploitation.${type}`),
      share.count,
      share.pct,
      share.prevPct,
      share.changePoints,
    ]),
  );
  const typeHeader = (name: string, count = "people") => [
    column("code"),
    column(name),
    column(count),
  ];
  addSheet(
    workbook,
    sheet("sector"),
    typeHeader("sector"),
    labelledRows(report.vot.forcedLabourSectors, "sector"),
  );
  addSheet(
    workbook,
    sheet("serviceTypes"),
    typeHeader("type"),
    labelledRows(b.serviceTypes, "service"),
  );
  addSheet(
    workbook,
    sheet("avrCategory"),
    typeHeader("category"),
    labelledRows(report.avr.byCategory, "category"),
  );
  addSheet(workbook, sheet("returns"), countryHeader, countryRows(report.avr.returnsByHostCountry));
  addSheet(
    workbook,
    sheet("childNeeds"),
    typeHeader("type", "services"),
    labelledRows(report.vot.childrenNeeds, "service"),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
