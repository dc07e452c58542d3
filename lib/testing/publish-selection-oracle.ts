import type { DbOrTx, Tx } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import type { ReportFilter } from "@/lib/reports/annual-report";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import {
  judgeSelection,
  planSelections,
  resolveSelection,
  WORLD,
  type NodeId,
} from "@/lib/reports/disclosure-plan";
import { publishAnnualReport } from "@/lib/reports/publish-annual-report";
import { placeOffices, type PublishedSelection } from "@/lib/reports/publish-selection";
import { atomTablesOf, type AtomCell } from "@/lib/reports/query-atom-tables";

// The implementation of publishSelection before it was made fast (commit 5c52cf3), kept
// only as an oracle: the tests check that the fast path publishes exactly what this one
// does, and `npm run bench:publish` times both. Its atoms' statement reads every table in
// eleven passes; its populations sort every person of the year, once per year.

const UNKNOWN_REGION = "UNKNOWN";

export async function queryPopulationsSlowly(
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

// The atoms' cells as the statement before read them, folded into tables by the same code
// as the fast statement's: only the SQL differs.
export async function queryAtomTablesSlowly(
  db: DbOrTx,
  year: number,
  atoms: readonly { offices: readonly string[] }[],
) {
  const atomOf = Object.fromEntries(
    atoms.flatMap(({ offices }, index) => offices.map((code) => [code, index])),
  );
  const query = async (client: Tx) => {
    await client.$executeRaw`SET LOCAL jit = off`;
    await client.$executeRaw`SET LOCAL work_mem = '64MB'`;
    return client.$queryRaw<AtomCell[]>`
      WITH am AS (SELECT key AS code, value::int AS atom FROM jsonb_each_text(${JSON.stringify(atomOf)}::jsonb)),
      yr AS MATERIALIZED (
        SELECT am.atom, r.beneficiary_id, r.sex, r.nationality, r.age_group, r.service_types, r.case_kinds,
          r.avr_categories, r.exploitation_types, r.labour_sectors, r.is_vot_child, r.avr_returned,
          r.counselling_services, r.reintegration_services, r.is_sole_office,
          o.host_country::text AS host
        FROM report_beneficiary_years r JOIN offices o ON o.id = r.office_id JOIN am ON am.code = o.code
        WHERE r.year = ${year}::int
      ),
      ppl AS MATERIALIZED (
        SELECT atom, sex::text AS sex, nationality, age_group::text AS age, service_types AS types,
          case_kinds AS kinds, avr_categories AS categories, exploitation_types AS exploitation,
          labour_sectors AS sectors, is_vot_child AS vot_child
        FROM yr WHERE is_sole_office
        UNION ALL
        SELECT atom, min(sex)::text, min(nationality),
          CASE WHEN bool_or(age_group = 'unknown') THEN 'unknown' WHEN bool_or(age_group = 'child') THEN 'child' ELSE 'adult' END,
          bit_or(service_types), bit_or(case_kinds), bit_or(avr_categories), bit_or(exploitation_types),
          bit_or(labour_sectors), bool_or(is_vot_child)
        FROM yr WHERE NOT is_sole_office GROUP BY atom, beneficiary_id
      ),
      kinds AS MATERIALIZED (
        SELECT atom, types, kinds, categories, exploitation, sectors, vot_child, count(*)::int AS n
        FROM ppl GROUP BY 1, 2, 3, 4, 5, 6, 7
      ),
      children AS (SELECT DISTINCT atom, beneficiary_id FROM yr WHERE is_vot_child)
      SELECT atom, 'sex' AS t, sex AS k, count(*)::int AS n FROM ppl GROUP BY 1, 3
      UNION ALL SELECT atom, 'age', age, count(*)::int FROM ppl GROUP BY 1, 3
      UNION ALL SELECT atom, 'nationality', coalesce(nationality, 'UNKNOWN'), count(*)::int FROM ppl GROUP BY 1, 3
      UNION ALL SELECT atom, 'categories', v::text, sum(n)::int FROM kinds
        JOIN unnest(enum_range(NULL::"MigrantCategory")) v ON categories & report_bit(v) <> 0 GROUP BY 1, 3
      UNION ALL SELECT atom, 'exploitation', v::text, sum(n)::int FROM kinds
        JOIN unnest(enum_range(NULL::"ExploitationType")) v ON exploitation & report_bit(v) <> 0 GROUP BY 1, 3
      UNION ALL SELECT atom, 'sectors', v::text, sum(n)::int FROM kinds
        JOIN unnest(enum_range(NULL::"LabourSector")) v ON sectors & report_bit(v) <> 0 GROUP BY 1, 3
      UNION ALL SELECT atom, 'serviceTypes', v::text, sum(n)::int FROM kinds
        JOIN unnest(enum_range(NULL::"ServiceType")) v ON types & report_bit(v) <> 0 GROUP BY 1, 3
      UNION ALL SELECT atom, 'subtotals', 'avrAssisted', sum(n)::int FROM kinds
        WHERE kinds & report_bit('AVR'::"CaseKind") <> 0 GROUP BY 1
      UNION ALL SELECT atom, 'subtotals', 'votAssisted', sum(n)::int FROM kinds
        WHERE kinds & report_bit('VOT'::"CaseKind") <> 0 GROUP BY 1
      UNION ALL SELECT atom, 'subtotals', 'votChildren', sum(n)::int FROM kinds WHERE vot_child GROUP BY 1
      -- services, not people: summed over every row
      UNION ALL SELECT atom, 'subtotals', 'counselling', sum(counselling_services)::int FROM yr GROUP BY 1
      UNION ALL SELECT atom, 'subtotals', 'reintegration', sum(reintegration_services)::int FROM yr GROUP BY 1
      UNION ALL SELECT atom, 'returns', host, count(DISTINCT beneficiary_id)::int FROM yr WHERE avr_returned GROUP BY 1, 3
      -- every service of the atom's rows to a person who is a VoT child in one of them
      UNION ALL SELECT am.atom, 'childrenNeeds', t.key, sum(t.value::int)::int
        FROM report_beneficiary_years r JOIN offices o ON o.id = r.office_id JOIN am ON am.code = o.code
          JOIN children c ON c.atom = am.atom AND c.beneficiary_id = r.beneficiary_id,
          jsonb_each_text(r.services_by_type) t
        WHERE r.year = ${year}::int
        GROUP BY 1, 3`;
  };
  if (atoms.length === 0) return [];
  const rows = await asSystem("report", () =>
    "$transaction" in db ? db.$transaction(query) : query(db),
  );
  return atomTablesOf(atoms.length, rows);
}

export async function publishSelectionSlowly(
  db: DbOrTx,
  filter: ReportFilter,
  threshold: number,
): Promise<PublishedSelection> {
  const { offices, regions, regionOf } = await placeOffices(db);
  const [populations, prevPopulations] = await Promise.all([
    queryPopulationsSlowly(db, filter.year, regions),
    queryPopulationsSlowly(db, filter.year - 1, regions),
  ]);
  const plan = planSelections(offices, populations, threshold);
  const view = resolveSelection(filter, offices, regionOf);
  const prevPlan = planSelections(offices, prevPopulations, threshold);
  const verdict = judgeSelection(plan, view);
  if (!verdict.allowed) return { ok: false, reason: verdict.reason, threshold };
  if (view === null) return { ok: false, reason: "too-small", threshold };
  const world = await computeAnnualReport(db, { year: filter.year });
  const atoms = await queryAtomTablesSlowly(db, filter.year, plan.atoms);
  const report = view === WORLD ? world : await computeAnnualReport(db, filter);
  return {
    ok: true,
    report: publishAnnualReport(report, { threshold, view, plan, prevPlan, world, atoms }),
  };
}
