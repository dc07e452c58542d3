import type { DbOrTx } from "@/lib/db";
import { regionByCountry } from "@/lib/geo/region-index";

import type { ReportFilter } from "./annual-report";
import { computeAnnualReport } from "./compute-annual-report";
import {
  judgeSelection,
  planSelections,
  resolveSelection,
  WORLD,
  type PlaceOffice,
  type Refusal,
  type SelectionPlan,
} from "./disclosure-plan";
import {
  publishAnnualReport,
  type AtomTables,
  type ComputedReport,
  type PublishedReport,
} from "./publish-annual-report";
import { queryAtomTables } from "./query-atom-tables";
import { queryPopulations } from "./query-populations";

export type PublishedSelection =
  { ok: true; report: PublishedReport } | { ok: false; reason: Refusal; threshold: number };

const UNKNOWN_REGION = "UNKNOWN";

type PlannedYears = {
  offices: PlaceOffice[];
  regionOf: (country: string) => string;
  plans: Map<number, SelectionPlan>;
};

// Every office with its place in the hierarchy (countries of no region fall in UNKNOWN).
export async function placeOffices(db: DbOrTx) {
  const regions = regionByCountry();
  const regionOf = (country: string) => regions[country] ?? UNKNOWN_REGION;
  const offices: PlaceOffice[] = (
    await db.office.findMany({ select: { code: true, hostCountry: true } })
  ).map(({ code, hostCountry }) => ({
    office: code,
    country: hostCountry,
    region: regionOf(hostCountry),
  }));
  return { offices, regions, regionOf };
}

// The selection plans of several years, from one statement over the summaries.
async function planYears(
  db: DbOrTx,
  years: readonly number[],
  threshold: number,
): Promise<PlannedYears> {
  const { offices, regionOf } = await placeOffices(db);
  const populations = await queryPopulations(db, years, offices);
  const plans = new Map(
    years.map((year) => [year, planSelections(offices, populations.get(year)!, threshold)]),
  );
  return { offices, regionOf, plans };
}

function selectionOf({ offices, regionOf, plans }: PlannedYears, filter: ReportFilter) {
  const plan = plans.get(filter.year)!;
  const view = resolveSelection(filter, offices, regionOf);
  return { plan, prevPlan: plans.get(filter.year - 1)!, view, verdict: judgeSelection(plan, view) };
}

const yearsOf = (filters: readonly ReportFilter[]) => [
  ...new Set(filters.flatMap((filter) => [filter.year, filter.year - 1])),
];

// The selection plan of the filter's year (and the year before) and the node it selects.
export async function planFor(db: DbOrTx, filter: ReportFilter, threshold: number) {
  return selectionOf(await planYears(db, yearsOf([filter]), threshold), filter);
}

// Whether a selection may be published, without computing it (checked before an export is
// queued; the export job checks again on the data of its time).
export async function judgeFilter(
  db: DbOrTx,
  filter: ReportFilter,
  threshold: number,
): Promise<{ ok: true } | { ok: false; reason: Refusal; threshold: number }> {
  const { verdict } = await planFor(db, filter, threshold);
  return verdict.allowed ? { ok: true } : { ok: false, reason: verdict.reason, threshold };
}

// The published annual report of a selection, or why it may not be published
// (docs/disclosure-control.md). Every way figures leave the application goes through here:
// the HQ page and API, the CSV/XLSX/PDF export jobs and `npm run report`.
export async function publishSelection(
  db: DbOrTx,
  filter: ReportFilter,
  threshold: number,
): Promise<PublishedSelection> {
  const [published] = await publishSelections(db, [filter] as const, threshold);
  return published;
}

// Several selections at once, each published exactly as publishSelection would (the HQ
// page: a year and the year before). The populations of all their years come from one
// statement, and each year's world figures and atoms' cells are read once.
export async function publishSelections<F extends readonly ReportFilter[]>(
  db: DbOrTx,
  filters: F,
  threshold: number,
): Promise<{ [I in keyof F]: PublishedSelection }> {
  const planned = await planYears(db, yearsOf(filters), threshold);
  const bases = new Map<number, Promise<[ComputedReport, AtomTables[]]>>();
  // The world's figures and the atoms' cells of a year: two statements, run side by side.
  const basisOf = (year: number, plan: SelectionPlan) => {
    if (!bases.has(year))
      bases.set(
        year,
        Promise.all([computeAnnualReport(db, { year }), queryAtomTables(db, year, plan.atoms)]),
      );
    return bases.get(year)!;
  };
  const published = Promise.all(
    filters.map(async (filter): Promise<PublishedSelection> => {
      const { plan, prevPlan, view, verdict } = selectionOf(planned, filter);
      if (!verdict.allowed) return { ok: false, reason: verdict.reason, threshold };
      if (view === null) return { ok: false, reason: "too-small", threshold };
      const [[world, atoms], own] = await Promise.all([
        basisOf(filter.year, plan),
        view === WORLD ? null : computeAnnualReport(db, filter),
      ]);
      const context = { threshold, view, plan, prevPlan, world, atoms };
      return { ok: true, report: publishAnnualReport(own ?? world, context) };
    }),
  );
  return published as Promise<{ [I in keyof F]: PublishedSelection }>;
}
