import ExcelJS from "exceljs";

import type { CaseListRow } from "@/lib/cases/list-cases";
import { formatDay } from "@/lib/dates";
import { countryName } from "@/lib/geo/countries";
import type { Words } from "@/lib/i18n/catalogues";
import { csvDocument } from "@/lib/reports/report-csv";
import { addSheet } from "@/lib/reports/report-xlsx";

const COLUMNS = [
  "ref",
  "familyName",
  "givenName",
  "sex",
  "birthDate",
  "nationality",
  "kind",
  "status",
  "openedOn",
] as const;

// The list as people read it: headers in the reader's language, vocabularies as their
// labels, countries by name, days as ISO dates (YYYY-MM-DD), which every spreadsheet sorts.
export function caseListTable(rows: readonly CaseListRow[], { locale, t }: Words) {
  return {
    header: COLUMNS.map((column) => t(`caseExport.column.${column}`)),
    rows: rows.map((row) => [
      row.ref,
      row.familyName,
      row.givenName,
      t(`vocabulary.Sex.${row.sex}`),
      formatDay(row.birthDate),
      row.nationality ? countryName(row.nationality, locale) : "",
      t(`vocabulary.CaseKind.${row.kind}`),
      t(`vocabulary.CaseStatus.${row.status}`),
      formatDay(row.openedOn),
    ]),
  };
}

// The report exports' writers, reused: every text cell is neutralised against formulas
// (a name typed as "=HYPERLINK(…)" stays text), CSV with a BOM and RFC 4180 quoting.
export function caseListCsv(rows: readonly CaseListRow[], words: Words): string {
  const table = caseListTable(rows, words);
  return csvDocument([table.header, ...table.rows]);
}

export async function caseListXlsx(
  rows: readonly CaseListRow[],
  words: Words,
  generatedAt = new Date(),
): Promise<Buffer> {
  const table = caseListTable(rows, words);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Passage";
  workbook.created = generatedAt;
  addSheet(workbook, words.t("caseExport.sheet"), table.header, table.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
