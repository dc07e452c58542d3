// Disclosure control for breakdowns (REPORT_SPEC): a cell of 1 to threshold-1 people is shown
// as "<threshold" (primary suppression), and further cells are hidden as "x" (secondary
// suppression) so that no hidden cell can be recovered from its row or column total.
// Zero stays zero. Top-line totals are not passed through here: they are published as is.

import { MIN_DISCLOSURE_THRESHOLD } from "@/lib/settings/disclosure-threshold";

export const SECONDARY_MARKER = "x";

export type PublishedCell = number | string;
type CellState = "shown" | "primary" | "secondary";

function suppressOneMore(values: number[], states: CellState[], line: number[]): boolean {
  const hidden = line.filter((index) => states[index] !== "shown");
  if (hidden.length !== 1) return false;
  let pick = -1;
  for (const index of line) {
    const value = values[index]!;
    if (states[index] !== "shown" || value === 0) continue;
    if (pick === -1 || value < values[pick]!) pick = index;
  }
  if (pick === -1) return false;
  states[pick] = "secondary";
  return true;
}

// States of a table's cells; every row and every column is taken to have a published total.
export function protectTable(
  table: number[][],
  threshold = MIN_DISCLOSURE_THRESHOLD,
): CellState[][] {
  const columns = Math.max(0, ...table.map((row) => row.length));
  const values = table.flatMap((row) =>
    Array.from({ length: columns }, (_, column) => row[column] ?? 0),
  );
  const states: CellState[] = values.map((value) =>
    value > 0 && value < threshold ? "primary" : "shown",
  );
  const lines: number[][] = [];
  for (let row = 0; row < table.length; row++)
    lines.push(Array.from({ length: columns }, (_, column) => row * columns + column));
  for (let column = 0; column < columns; column++)
    lines.push(table.map((_, row) => row * columns + column));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) changed = suppressOneMore(values, states, line) || changed;
  }
  return table.map((_, row) => states.slice(row * columns, (row + 1) * columns));
}

export function publishCell(value: number, state: CellState, threshold: number): PublishedCell {
  if (state === "primary") return `<${threshold}`;
  if (state === "secondary") return SECONDARY_MARKER;
  return value;
}

// A one-way breakdown (a single row with its total).
export function protectBreakdown<K extends string>(
  counts: Record<K, number>,
  threshold = MIN_DISCLOSURE_THRESHOLD,
): Record<K, PublishedCell> {
  const keys = Object.keys(counts) as K[];
  const [states] = protectTable([keys.map((key) => counts[key])], threshold);
  return Object.fromEntries(
    keys.map((key, index) => [
      key,
      publishCell(counts[key], states?.[index] ?? "shown", threshold),
    ]),
  ) as Record<K, PublishedCell>;
}

// A two-way breakdown given as rows of named cells.
export function protectCrossTable<R extends string, C extends string>(
  rows: readonly R[],
  columns: readonly C[],
  count: (row: R, column: C) => number,
  threshold = MIN_DISCLOSURE_THRESHOLD,
): Record<R, Record<C, PublishedCell>> {
  const table = rows.map((row) => columns.map((column) => count(row, column)));
  const states = protectTable(table, threshold);
  return Object.fromEntries(
    rows.map((row, r) => [
      row,
      Object.fromEntries(
        columns.map((column, c) => [column, publishCell(table[r]![c]!, states[r]![c]!, threshold)]),
      ),
    ]),
  ) as Record<R, Record<C, PublishedCell>>;
}
