import type { PublishedCell } from "@/lib/reports/disclosure";

// How a country is drawn on a map of published counts: a shade for a number, a pattern for
// a cell hidden by disclosure control (whatever its marker), nothing for no people.
export type MapCell =
  { state: "shown"; value: number; shade: number } | { state: "hidden"; marker: string };

export type ShadeClass = { from: number; to: number };

export const MAX_SHADES = 5;

// Quantile classes over the distinct published values, so that both a map of tens and one of
// tens of thousands use every shade; each class is a whole-number range.
export function shadeClasses(values: readonly number[], classes = MAX_SHADES): ShadeClass[] {
  const distinct = [...new Set(values.filter((value) => value > 0))].sort((a, b) => a - b);
  const count = Math.min(classes, distinct.length);
  const starts = Array.from(
    { length: count },
    (_, i) => distinct[Math.floor((i * distinct.length) / count)]!,
  );
  return starts.map((from, i) => ({
    from,
    to: i + 1 < count ? starts[i + 1]! - 1 : distinct[distinct.length - 1]!,
  }));
}

// The cells of one published breakdown by country, ready to draw; zeros and the "UNKNOWN"
// nationality have no place on a map.
export function shadeMap(cells: Record<string, PublishedCell>): {
  cells: Record<string, MapCell>;
  classes: ShadeClass[];
} {
  const entries = Object.entries(cells).filter(([key, cell]) => key !== "UNKNOWN" && cell !== 0);
  const classes = shadeClasses(
    entries.flatMap(([, cell]) => (typeof cell === "number" ? [cell] : [])),
  );
  const shadeOf = (value: number) => classes.findLastIndex((c) => value >= c.from);
  return {
    classes,
    cells: Object.fromEntries(
      entries.map(([key, cell]): [string, MapCell] => [
        key,
        typeof cell === "number"
          ? { state: "shown", value: cell, shade: shadeOf(cell) }
          : { state: "hidden", marker: cell },
      ]),
    ),
  };
}
