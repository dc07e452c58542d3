import type { PublishedReport } from "./publish-annual-report";

export type FigureRow = { figure: string; value: number | string | null };

// The published report as one row per figure ("vot.exploitation.SEXUAL.pct"), in key order.
export function flattenReport(report: PublishedReport): FigureRow[] {
  const rows: FigureRow[] = [];
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else {
      rows.push({ figure: path, value: value as number | string | null });
    }
  };
  for (const [key, value] of Object.entries(report))
    if (key !== "filter" && key !== "year") walk(value, key);
  return rows;
}

// Spreadsheet formula injection (REPORT_SPEC): a text cell starting with =, +, -, @ (or a
// tab or carriage return) is prefixed with an apostrophe so it is read as text.
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
