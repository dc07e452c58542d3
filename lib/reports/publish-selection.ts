import type { DbOrTx } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import { regionByCountry } from "@/lib/geo/region-index";

import type { ReportFilter } from "./annual-report";
import { computeAnnualReport } from "./compute-annual-report";
import {
  judgeSelection,
  planSelections,
  resolveSelection,
  WORLD,
  type NodeId,
  type PlaceOffice,
  type Refusal,
} from "./disclosure-plan";
import { publishAnnualReport, type PublishedReport } from "./publish-annual-report";
import { queryAtomTables } from "./query-atom-tables";

export type PublishedSelection =
  { ok: true; report: PublishedReport } | { ok: false; reason: Refusal; threshold: number };

const UNKNOWN_REGION = "UNKNOWN";

// Distinct people per node of the hierarchy in a year, in one statement (GROUPING SETS).
async function queryPopulations(
  db: DbOrTx,
  year: number,
  regions: Record<string, string>,
): Promise<Map<NodeId, number>> {
  const rows = await asSystem(
    "report",
    () => db.$queryRaw<
      { region: string | null; host: string | null; code: string | null; n: number }[]
    >`
      WITH rm AS (SELECT key AS iso, value AS region FROM jsonb_each_text(${JSON.stringify(regions)}::jsonb)),
      p AS (
        SELECT DISTINCT r.beneficiary_id, o.code, o.host_country::text AS host,
          coalesce(rm.region, ${UNKNOWN_REGION}) AS region
        FROM report_beneficiary_years r JOIN offices o ON o.id = r.office_id
          LEFT JOIN rm ON rm.iso = o.host_country::text
        WHERE r.year = ${year}::int
      )
      SELECT region, host, code, count(DISTINCT beneficiary_id)::int AS n FROM p
      GROUP BY GROUPING SETS ((region, host, code), (region, host), (region), ())`,
  );
  return new Map(
    rows.map(({ region, host, code, n }) => [
      code ? `office:${code}` : host ? `country:${host}` : region ? `region:${region}` : WORLD,
      Number(n),
    ]),
  );
}

// The selection plan of the filter's year and the node the filter selects.
export async function planFor(db: DbOrTx, filter: ReportFilter, threshold: number) {
  const regions = regionByCountry();
  const regionOf = (country: string) => regions[country] ?? UNKNOWN_REGION;
  const offices: PlaceOffice[] = (
    await db.office.findMany({ select: { code: true, hostCountry: true } })
  ).map(({ code, hostCountry }) => ({
    office: code,
    country: hostCountry,
    region: regionOf(hostCountry),
  }));
  const [populations, prevPopulations] = await Promise.all([
    queryPopulations(db, filter.year, regions),
    queryPopulations(db, filter.year - 1, regions),
  ]);
  const plan = planSelections(offices, populations, threshold);
  const view = resolveSelection(filter, offices, regionOf);
  const prevPlan = planSelections(offices, prevPopulations, threshold);
  return { plan, prevPlan, view, verdict: judgeSelection(plan, view) };
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
  const { plan, prevPlan, view, verdict } = await planFor(db, filter, threshold);
  if (!verdict.allowed) return { ok: false, reason: verdict.reason, threshold };
  if (view === null) return { ok: false, reason: "too-small", threshold };
  // Sequential: one statement at a time keeps the pool free for other requests. The atoms'
  // cells come from one statement grouped by atom, not one whole report per atom.
  const world = await computeAnnualReport(db, { year: filter.year });
  const atoms = await queryAtomTables(db, filter.year, plan.atoms);
  const report = view === WORLD ? world : await computeAnnualReport(db, filter);
  return {
    ok: true,
    report: publishAnnualReport(report, { threshold, view, plan, prevPlan, world, atoms }),
  };
}
