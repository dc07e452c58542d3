import type { PublishedCell } from "@/lib/reports/disclosure";
import { changePercent } from "@/lib/reports/rounding";

export const CHANGE_DIMENSIONS = ["hostCountry", "origin", "serviceType"] as const;
export type ChangeDimension = (typeof CHANGE_DIMENSIONS)[number];

export type FigureChange = {
  dimension: ChangeDimension;
  key: string;
  previous: number;
  current: number;
  change: number;
  changePct: number | null;
};

// What the changes are read from: a published report's breakdowns by place and service.
export type ChangeSource = {
  breakdowns: Record<"hostCountry" | "nationality" | "serviceTypes", Record<string, PublishedCell>>;
};

const cellsOf = (report: ChangeSource): Record<ChangeDimension, Record<string, PublishedCell>> => ({
  hostCountry: report.breakdowns.hostCountry,
  origin: report.breakdowns.nationality,
  serviceType: report.breakdowns.serviceTypes,
});

// A world view lists every non-zero cell (hidden ones as markers), so a missing key is zero.
const cellAt = (cells: Record<string, PublishedCell>, key: string): PublishedCell =>
  cells[key] ?? 0;

// The largest increases and decreases between two years' published world views. Only cells
// published as numbers in both years count: a change is never worked out from a hidden cell.
export function topChanges(
  current: ChangeSource,
  previous: ChangeSource,
  limit = 5,
): { increases: FigureChange[]; decreases: FigureChange[] } {
  const [now, before] = [cellsOf(current), cellsOf(previous)];
  const changes = CHANGE_DIMENSIONS.flatMap((dimension) => {
    const keys = new Set([...Object.keys(now[dimension]), ...Object.keys(before[dimension])]);
    return [...keys].flatMap((key): FigureChange[] => {
      const [a, b] = [cellAt(before[dimension], key), cellAt(now[dimension], key)];
      if (key === "UNKNOWN" || typeof a !== "number" || typeof b !== "number" || a === b) return [];
      return [
        { dimension, key, previous: a, current: b, change: b - a, changePct: changePercent(b, a) },
      ];
    });
  });
  const bySize = (x: FigureChange, y: FigureChange) =>
    Math.abs(y.change) - Math.abs(x.change) || x.key.localeCompare(y.key);
  return {
    increases: changes
      .filter((c) => c.change > 0)
      .sort(bySize)
      .slice(0, limit),
    decreases: changes
      .filter((c) => c.change < 0)
      .sort(bySize)
      .slice(0, limit),
  };
}
