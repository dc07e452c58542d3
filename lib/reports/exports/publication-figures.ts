import { countryName } from "@/lib/geo/countries";
import { EXPLOITATION_TYPES, SEXES } from "@/lib/vocabulary";

import { AGE_GROUPS } from "../annual-report";
import type { PublishedCell } from "../disclosure";
import { HEADLINE_FIGURES, type FigureValue } from "../headline-figures";
import type { PublishedReport } from "../publish-annual-report";

export type Translate = (key: string, values?: Record<string, string | number>) => string;
// A report region (its English M49 name) in the reader's language.
export type RegionName = (region: string) => string;

// A figure's change from the year before: only between two published numbers, so a hidden
// figure in either year never yields a difference that would give it back.
export type Change =
  | { kind: "count"; difference: number; pct: number | null }
  | { kind: "points"; difference: number }
  | { kind: "none" }
  | { kind: "hidden" };

export type PublicationRow = {
  key: string;
  label: string;
  current: FigureValue;
  // null: the previous year's selection may not be published.
  previous: FigureValue | undefined;
  change: Change;
  // A name (the region with most trafficked children), not a count or its marker.
  isText?: boolean;
};

export type Breakdown = { id: string; rows: PublicationRow[]; orderByCount: boolean };

const isHidden = (value: FigureValue | undefined) => typeof value === "string";

export function changeOf(
  current: FigureValue,
  previous: FigureValue | undefined,
  kind: "count" | "points" | "none",
): Change {
  if (kind === "none") return { kind };
  if (isHidden(current) || isHidden(previous)) return { kind: "hidden" };
  if (typeof current !== "number" || typeof previous !== "number") return { kind: "none" };
  const difference = current - previous;
  if (kind === "points") return { kind, difference };
  const pct = previous > 0 ? Math.round((difference / previous) * 100) : null;
  return { kind, difference, pct };
}

// Percentages change in points; a change against the year before has no change of its own.
const SHARES = new Set([
  "malePct",
  "femalePct",
  "adultPct",
  "childPct",
  "forcedLabourPct",
  "sexualPct",
]);
const UNCHANGING = new Set(["changeVsPrevYearPct", "childrenTopRegion"]);

export function headlineRows(
  report: PublishedReport,
  previous: PublishedReport | null,
  t: Translate,
  regionName: RegionName,
): PublicationRow[] {
  return HEADLINE_FIGURES.map(([key, valueOf]) => {
    const isText = key === "childrenTopRegion";
    const inWords = (value: FigureValue) =>
      isText && typeof value === "string" ? regionName(value) : value;
    const current = inWords(valueOf(report));
    const before = previous ? inWords(valueOf(previous)) : undefined;
    const kind = SHARES.has(key) ? "points" : UNCHANGING.has(key) ? "none" : "count";
    return {
      key,
      label: t(`figures.${key}`),
      current,
      previous: before,
      change: changeOf(current, before, kind),
      isText,
    };
  });
}

type Cells = Record<string, PublishedCell>;
type Source = {
  id: string;
  cellsOf: (report: PublishedReport) => Cells;
  labelOf: (key: string) => string;
  // Places are sorted by this year's count; vocabularies keep their order.
  orderByCount?: boolean;
};

const SEX_KEYS = { male: "M", female: "F", other: "X", unknown: "U" } as const;
const AGE_KEYS = { adults: "adult", children: "child", unknown: "unknown" } as const;

function sources(t: Translate, locale: string, regionName: RegionName): Source[] {
  const country = (code: string) =>
    code === "UNKNOWN" ? t("labels.unknown") : countryName(code, locale);
  const label = (group: string) => (key: string) =>
    key === "UNKNOWN" ? t("labels.unknown") : t(`labels.${group}.${key}`);
  return [
    {
      id: "sex",
      cellsOf: (r) => ({
        male: r.sex.male,
        female: r.sex.female,
        other: r.sex.other,
        unknown: r.sex.unknown,
      }),
      labelOf: (key) => t(`labels.sex.${SEX_KEYS[key as keyof typeof SEX_KEYS]}`),
    },
    {
      id: "age",
      cellsOf: (r) => ({ adults: r.age.adults, children: r.age.children, unknown: r.age.unknown }),
      labelOf: (key) => t(`labels.age.${AGE_KEYS[key as keyof typeof AGE_KEYS]}`),
    },
    {
      id: "sexByAge",
      cellsOf: (r) =>
        Object.fromEntries(
          SEXES.flatMap((sex) =>
            AGE_GROUPS.map((age) => [`${sex}.${age}`, r.breakdowns.sexByAge[sex][age]]),
          ),
        ),
      labelOf: (key) => {
        const [sex, age] = key.split(".");
        return `${t(`labels.sex.${sex}`)}, ${t(`labels.age.${age}`)}`;
      },
    },
    { id: "avrCategory", cellsOf: (r) => r.avr.byCategory, labelOf: label("category") },
    {
      id: "returns",
      cellsOf: (r) => r.avr.returnsByHostCountry,
      labelOf: country,
      orderByCount: true,
    },
    {
      id: "exploitation",
      cellsOf: (r) =>
        Object.fromEntries(
          EXPLOITATION_TYPES.map((type) => [type, r.vot.exploitation[type].count]),
        ),
      labelOf: label("exploitation"),
    },
    { id: "sector", cellsOf: (r) => r.vot.forcedLabourSectors, labelOf: label("sector") },
    { id: "childrenNeeds", cellsOf: (r) => r.vot.childrenNeeds, labelOf: label("service") },
    { id: "serviceTypes", cellsOf: (r) => r.breakdowns.serviceTypes, labelOf: label("service") },
    {
      id: "region",
      cellsOf: (r) => r.breakdowns.region,
      labelOf: (key) => (key === "UNKNOWN" ? t("labels.unknown") : regionName(key)),
      orderByCount: true,
    },
    {
      id: "hostCountry",
      cellsOf: (r) => r.breakdowns.hostCountry,
      labelOf: country,
      orderByCount: true,
    },
    {
      id: "nationality",
      cellsOf: (r) => r.breakdowns.nationality,
      labelOf: country,
      orderByCount: true,
    },
  ];
}

const rank = (value: FigureValue) => (typeof value === "number" ? value : -1);

// Each breakdown of the report, row by row, beside the same published cell of the year
// before. A key missing from a published table had nobody in it (hidden cells are listed).
export function breakdownRows(
  report: PublishedReport,
  previous: PublishedReport | null,
  t: Translate,
  locale: string,
  regionName: RegionName,
): Breakdown[] {
  return sources(t, locale, regionName).map(({ id, cellsOf, labelOf, orderByCount = false }) => {
    const now = cellsOf(report);
    const before = previous ? cellsOf(previous) : null;
    const keys = [...new Set([...Object.keys(now), ...Object.keys(before ?? {})])];
    const rows = keys
      .map((key): PublicationRow => {
        const current = now[key] ?? 0;
        const prior = before ? (before[key] ?? 0) : undefined;
        return {
          key,
          label: labelOf(key),
          current,
          previous: prior,
          change: changeOf(current, prior, "count"),
        };
      })
      .filter((row) => !orderByCount || row.current !== 0 || (row.previous ?? 0) !== 0);
    if (orderByCount)
      rows.sort(
        (a, b) => rank(b.current) - rank(a.current) || a.label.localeCompare(b.label, locale),
      );
    return { id, rows, orderByCount };
  });
}
