import type { DbOrTx } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

import { buildHierarchy, type NodeId, type PlaceOffice } from "./disclosure-plan";

// Distinct people per node of the hierarchy (world, region:, country:, office:) in each of
// the years, from one statement: each office's number of rows, and the people with rows in
// several offices (is_sole_office is false), who are the only ones a sum over offices would
// count twice. A person is counted once in every node that holds any of their offices.
export async function queryPopulations(
  db: DbOrTx,
  years: readonly number[],
  offices: readonly PlaceOffice[],
): Promise<Map<number, Map<NodeId, number>>> {
  const rows = await asSystem(
    "report",
    () =>
      db.$queryRaw<{ year: number; code: string; n: number; shared: string[] | null }[]>`
      SELECT r.year, o.code, count(*)::int AS n,
        array_agg(r.beneficiary_id::text) FILTER (WHERE NOT r.is_sole_office) AS shared
      FROM report_beneficiary_years r JOIN offices o ON o.id = r.office_id
      WHERE r.year = ANY (${[...years]}::int[])
      GROUP BY 1, 2`,
  );
  const { officesOf } = buildHierarchy(offices);
  return new Map(
    years.map((year) => {
      const ofYear = new Map(rows.filter((row) => row.year === year).map((row) => [row.code, row]));
      const populations = new Map<NodeId, number>();
      for (const [node, codes] of officesOf) {
        const shared = new Set<string>();
        let sole = 0;
        for (const code of codes) {
          const row = ofYear.get(code);
          if (!row) continue;
          const ids = row.shared ?? [];
          sole += Number(row.n) - ids.length;
          for (const id of ids) shared.add(id);
        }
        populations.set(node, sole + shared.size);
      }
      return [year, populations];
    }),
  );
}
