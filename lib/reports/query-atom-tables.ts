import type { DbOrTx, Tx } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import {
  EXPLOITATION_TYPES,
  LABOUR_SECTORS,
  MIGRANT_CATEGORIES,
  SERVICE_TYPES,
} from "@/lib/vocabulary";

import type { AtomTables, TableName } from "./publish-annual-report";

// The cells of every controlled table for each atom of a selection plan (disjoint sets of
// offices), in one statement grouped by atom over the same summary rows as the annual report
// (query-annual-counts): a person is counted once per atom, their rows in the atom's offices
// folded the way the report folds them. Equal to reportTables(computeAnnualReport(...)) of
// each atom alone, without running the whole report once per atom.
export async function queryAtomTables(
  db: DbOrTx,
  year: number,
  atoms: readonly { offices: readonly string[] }[],
): Promise<AtomTables[]> {
  if (atoms.length === 0) return [];
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
      -- one row per profile: people of one office are grouped, people of several folded
      ppl AS MATERIALIZED (
        SELECT atom, sex::text AS sex, nationality, age_group::text AS age, service_types AS types,
          case_kinds AS kinds, avr_categories AS categories, exploitation_types AS exploitation,
          labour_sectors AS sectors, is_vot_child AS vot_child, count(*)::int AS n
        FROM yr WHERE is_sole_office GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        UNION ALL
        SELECT atom, min(sex)::text, min(nationality),
          CASE WHEN bool_or(age_group = 'unknown') THEN 'unknown' WHEN bool_or(age_group = 'child') THEN 'child' ELSE 'adult' END,
          bit_or(service_types), bit_or(case_kinds), bit_or(avr_categories), bit_or(exploitation_types),
          bit_or(labour_sectors), bool_or(is_vot_child), 1
        FROM yr WHERE NOT is_sole_office GROUP BY atom, beneficiary_id
      ),
      demo AS MATERIALIZED (SELECT atom, sex, age, nationality, sum(n)::int AS n FROM ppl GROUP BY 1, 2, 3, 4),
      kinds AS MATERIALIZED (
        SELECT atom, types, kinds, categories, exploitation, sectors, vot_child, sum(n)::int AS n
        FROM ppl GROUP BY 1, 2, 3, 4, 5, 6, 7
      ),
      -- services, not people: summed over every row; returns of people of one office counted here
      places AS MATERIALIZED (
        SELECT atom, host, sum(counselling_services) AS counselling, sum(reintegration_services) AS reintegration,
          count(*) FILTER (WHERE avr_returned AND is_sole_office) AS returned
        FROM yr GROUP BY 1, 2
      ),
      children AS (SELECT DISTINCT atom, beneficiary_id FROM yr WHERE is_vot_child)
      SELECT atom, 'sex' AS t, sex AS k, sum(n)::int AS n FROM demo GROUP BY 1, 3
      UNION ALL SELECT atom, 'age', age, sum(n)::int FROM demo GROUP BY 1, 3
      UNION ALL SELECT atom, 'nationality', coalesce(nationality, 'UNKNOWN'), sum(n)::int FROM demo GROUP BY 1, 3
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
      UNION ALL SELECT atom, 'subtotals', 'counselling', sum(counselling)::int FROM places GROUP BY 1
      UNION ALL SELECT atom, 'subtotals', 'reintegration', sum(reintegration)::int FROM places GROUP BY 1
      UNION ALL SELECT atom, 'returns', host, sum(n)::int FROM (
          SELECT atom, host, returned AS n FROM places WHERE returned > 0
          UNION ALL SELECT atom, host, count(DISTINCT beneficiary_id) FROM yr WHERE avr_returned AND NOT is_sole_office GROUP BY 1, 2
        ) r GROUP BY 1, 3
      -- every service of the atom's rows to a person who is a VoT child in one of them
      UNION ALL SELECT am.atom, 'childrenNeeds', t.key, sum(t.value::int)::int
        FROM report_beneficiary_years r JOIN offices o ON o.id = r.office_id JOIN am ON am.code = o.code
          JOIN children c ON c.atom = am.atom AND c.beneficiary_id = r.beneficiary_id,
          jsonb_each_text(r.services_by_type) t
        WHERE r.year = ${year}::int
        GROUP BY 1, 3`;
  };
  const rows = await asSystem("report", () =>
    "$transaction" in db ? db.$transaction(query) : query(db),
  );
  return atomTablesOf(atoms.length, rows);
}

export type AtomCell = { atom: number; t: TableName; k: string; n: number };

// The tables of each atom from the statement's cells (atom index, table, key, count).
export function atomTablesOf(count: number, rows: readonly AtomCell[]): AtomTables[] {
  const tables = Array.from({ length: count }, emptyTables);
  for (const { atom, t, k, n } of rows) {
    const cells = tables[Number(atom)]![t];
    const key = t === "sex" ? SEX_KEYS[k]! : t === "age" ? AGE_KEYS[k]! : k;
    // Enumerated tables keep their fixed keys (as the report's pick() does); the others
    // list only what occurs, as the report's breakdowns do.
    if (FIXED.has(t) && !(key in cells)) continue;
    cells[key] = Number(n);
  }
  return tables;
}

const SEX_KEYS: Record<string, string> = { M: "male", F: "female", X: "other", U: "unknown" };
const AGE_KEYS: Record<string, string> = { adult: "adults", child: "children", unknown: "unknown" };
const FIXED = new Set<TableName>([
  "sex",
  "age",
  "categories",
  "exploitation",
  "sectors",
  "childrenNeeds",
  "serviceTypes",
  "subtotals",
]);

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0]));

function emptyTables(): AtomTables {
  return {
    sex: zeros(Object.values(SEX_KEYS)),
    age: zeros(Object.values(AGE_KEYS)),
    categories: zeros(MIGRANT_CATEGORIES),
    returns: {},
    exploitation: zeros(EXPLOITATION_TYPES),
    sectors: zeros(LABOUR_SECTORS),
    childrenNeeds: zeros(SERVICE_TYPES),
    nationality: {},
    serviceTypes: zeros(SERVICE_TYPES),
    subtotals: zeros(["avrAssisted", "votAssisted", "votChildren", "counselling", "reintegration"]),
  };
}
