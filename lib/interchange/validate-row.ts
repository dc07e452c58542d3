import { isIso3Country } from "@/lib/geo/countries";
import {
  CASE_KINDS,
  EXPLOITATION_TYPES,
  LABOUR_SECTORS,
  MIGRANT_CATEGORIES,
  SERVICE_TYPES,
  SEXES,
} from "@/lib/vocabulary";

import { currencyDigits, type InterchangeFile } from "./columns";

export type StagedValue = string | number | null;
type Issue = { column: string; message: string };
type Row = Record<string, string>;

// Field checks of one row; returns the values for the staging table, or the issues found.
class RowReader {
  issues: Issue[] = [];
  constructor(private readonly row: Row) {}

  text(column: string, required = true): string | null {
    const value = (this.row[column] ?? "").trim();
    if (!value && required) this.issues.push({ column, message: "is required" });
    return value || null;
  }

  date(column: string, required = true): string | null {
    const value = this.text(column, required);
    if (value === null) return null;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== value
    ) {
      // The value is not repeated: a bad birth date is still personal data.
      this.issues.push({ column, message: "is not a date (YYYY-MM-DD)" });
      return null;
    }
    return value;
  }

  country(column: string, required = true): string | null {
    const value = this.text(column, required);
    if (value !== null && !isIso3Country(value))
      this.issues.push({ column, message: `"${value}" is not an ISO 3166 alpha-3 country code` });
    return value;
  }

  oneOf(column: string, allowed: readonly string[], required = true): string | null {
    const value = this.text(column, required);
    if (value !== null && !allowed.includes(value))
      this.issues.push({ column, message: `"${value}" is not one of ${allowed.join(", ")}` });
    return value;
  }

  // Like the screens: a user east of UTC may be a day ahead of the server's date.
  notFuture(column: string, value: string | null, now: Date) {
    const latest = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    if (value && value > latest) this.issues.push({ column, message: "is in the future" });
  }

  after(column: string, value: string | null, start: string | null, startColumn: string) {
    if (value && start && value < start)
      this.issues.push({ column, message: `is before ${startColumn}` });
  }
}

// Amounts are decimal major units ("12.50 EUR"); stored as integer minor units.
function minorUnits(
  reader: RowReader,
  amount: string | null,
  currency: string | null,
): number | null {
  if (amount === null && currency === null) return null;
  if (amount === null || currency === null) {
    reader.issues.push({
      column: amount === null ? "amount" : "currency",
      message: "amount and currency go together",
    });
    return null;
  }
  const digits = currencyDigits(currency);
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(amount);
  if (!/^[A-Z]{3}$/.test(currency))
    reader.issues.push({ column: "currency", message: `"${currency}" is not an ISO 4217 code` });
  if (!match || (match[2]?.length ?? 0) > digits) {
    reader.issues.push({
      column: "amount",
      message: `"${amount}" is not a non-negative amount with at most ${digits} decimals`,
    });
    return null;
  }
  const minor =
    Number(match[1]) * 10 ** digits + Number((match[2] ?? "").padEnd(digits, "0") || "0");
  if (minor > 2_147_483_647) reader.issues.push({ column: "amount", message: "is too large" });
  return minor;
}

export function validateRow(
  file: InterchangeFile,
  row: Row,
  now = new Date(),
): { values: StagedValue[]; issues: Issue[] } {
  const r = new RowReader(row);
  let values: StagedValue[];
  if (file === "offices.csv") {
    values = [r.text("code"), r.text("name"), r.country("host_country")];
  } else if (file === "projects.csv") {
    const start = r.date("start_date");
    const end = r.date("end_date", false);
    r.after("end_date", end, start, "start_date");
    values = [r.text("code"), r.text("title"), r.text("office_code"), start, end];
  } else if (file === "beneficiaries.csv") {
    values = [
      r.text("ref"),
      r.text("given_name"),
      r.text("family_name"),
      r.oneOf("sex", SEXES),
      r.date("birth_date", false),
      r.country("nationality", false),
    ];
  } else if (file === "cases.csv") {
    values = validateCase(r, row);
  } else {
    const amount = r.text("amount", false);
    const currency = r.text("currency", false);
    const deliveredOn = r.date("delivered_on");
    r.notFuture("delivered_on", deliveredOn, now);
    values = [
      r.text("case_ref"),
      r.oneOf("type", SERVICE_TYPES),
      deliveredOn,
      minorUnits(r, amount, currency),
      currency,
    ];
  }
  return { values, issues: r.issues };
}

function validateCase(r: RowReader, row: Row): StagedValue[] {
  const kind = r.oneOf("kind", CASE_KINDS);
  const opened = r.date("opened_on");
  const closed = r.date("closed_on", false);
  r.after("closed_on", closed, opened, "opened_on");
  const types = (row.exploitation_types ?? "")
    .split(";")
    .map((type) => type.trim())
    .filter(Boolean);
  for (const type of types) {
    if (!(EXPLOITATION_TYPES as readonly string[]).includes(type))
      r.issues.push({
        column: "exploitation_types",
        message: `"${type}" is not one of ${EXPLOITATION_TYPES.join(", ")}`,
      });
  }
  const isVot = kind === "VOT";
  if (isVot && types.length === 0)
    r.issues.push({ column: "exploitation_types", message: "is required for a VOT case" });
  const sector = r.oneOf("labour_sector", LABOUR_SECTORS, false);
  if (sector && !types.includes("FORCED_LABOUR"))
    r.issues.push({ column: "labour_sector", message: "is only for forced labour" });
  return [
    r.text("ref"),
    r.text("beneficiary_ref"),
    kind,
    r.text("office_code"),
    r.text("project_code"),
    opened,
    closed,
    r.oneOf("migrant_category", MIGRANT_CATEGORIES, kind === "AVR"),
    r.country("return_country", false),
    r.date("identified_on", isVot),
    types.length ? types.join(";") : null,
    sector,
    r.country("exploitation_country", false),
  ];
}
