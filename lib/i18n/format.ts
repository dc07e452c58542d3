import type { createFormatter } from "next-intl";

import { minorUnits } from "@/lib/money/currency";

// next-intl's formatter (useFormatter, getFormatter): the user's language, and the time zone
// of the request's configuration (the user's office).
export type Formatter = ReturnType<typeof createFormatter>;

// A day (a DATE, stored as midnight UTC) is the same day wherever it is read: formatted in
// UTC, never shifted by the office's time zone.
export function showDay(format: Formatter, day: Date | null | undefined): string {
  return day ? format.dateTime(day, { dateStyle: "medium", timeZone: "UTC" }) : "";
}

// An instant (a timestamp): in the office's time zone, which is named.
export function showMoment(format: Formatter, at: Date): string {
  return format.dateTime(at, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
}

export function showMoney(format: Formatter, amountMinor: number, currency: string): string {
  return format.number(amountMinor / 10 ** minorUnits(currency), { style: "currency", currency });
}

// A cell of a published table: a count, or a marker ("<10", "x") left as it is.
export function showCell(format: Formatter, cell: number | string): string {
  return typeof cell === "number" ? format.number(cell) : cell;
}
