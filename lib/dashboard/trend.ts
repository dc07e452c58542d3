import type { PublishedCell } from "@/lib/reports/disclosure";
import type { PublishedSelection } from "@/lib/reports/publish-selection";

// One year of the HQ trend, as published for the world: null where the year's world view is
// refused (too few people), markers ("<10", "x") where disclosure control hides a figure.
export type TrendPoint = {
  year: number;
  migrantsAssisted: PublishedCell | null;
  votAssisted: PublishedCell | null;
  children: PublishedCell | null;
};

export const TREND_SERIES = ["migrantsAssisted", "votAssisted", "children"] as const;

export function trendPoint(year: number, selection: PublishedSelection): TrendPoint {
  if (!selection.ok) return { year, migrantsAssisted: null, votAssisted: null, children: null };
  const { report } = selection;
  return {
    year,
    migrantsAssisted: report.migrantsAssisted,
    votAssisted: report.vot.assisted,
    children: report.age.children,
  };
}

// Every calendar year from the first to the last with data, so that a chart spaces years
// evenly and breaks its lines over years without data instead of joining 2012 to 2026.
export function withYearGaps(points: readonly TrendPoint[]): TrendPoint[] {
  if (points.length === 0) return [];
  const byYear = new Map(points.map((point) => [point.year, point]));
  const [first, last] = [points[0]!.year, points.at(-1)!.year];
  return Array.from(
    { length: last - first + 1 },
    (_, index) =>
      byYear.get(first + index) ?? {
        year: first + index,
        migrantsAssisted: null,
        votAssisted: null,
        children: null,
      },
  );
}
