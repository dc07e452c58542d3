import { db, pool } from "@/lib/db";
import { regionByCountry } from "@/lib/geo/region-index";
import {
  queryAnnualCounts,
  type AnnualCounts,
  type OfficeScope,
} from "@/lib/reports/query-annual-counts";

import { directAnnualCountsSql } from "./report-oracle";

// Checks for tests of the report summaries (migration 20261128200000_report_summaries).

const SUMMARY_ROWS = `SELECT json_agg(r ORDER BY year, office_id, beneficiary_id) AS rows FROM report_beneficiary_years r
  UNION ALL SELECT json_agg(v ORDER BY case_id) FROM report_vot_cases v`;

// The summary rows as the triggers left them, and as a rebuild from the records makes them
// (the rebuild is rolled back).
export async function summaryAndRebuild(): Promise<{ kept: unknown; rebuilt: unknown }> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const kept = (await client.query(SUMMARY_ROWS)).rows;
    await client.query("SELECT report_rebuild()");
    const rebuilt = (await client.query(SUMMARY_ROWS)).rows;
    await client.query("ROLLBACK");
    return { kept, rebuilt };
  } finally {
    client.release();
  }
}

const normalise = (counts: AnnualCounts) => ({
  ...counts,
  sexAge: [...counts.sexAge].sort((a, b) => `${a.sex}${a.age}`.localeCompare(`${b.sex}${b.age}`)),
});

// The report's counts from the summaries, and the same counts straight from the records.
export async function countsAndOracle(year: number, scope: OfficeScope) {
  const regions = regionByCountry();
  const [oracle] = await db.$queryRaw<{ r: AnnualCounts }[]>(
    directAnnualCountsSql(year, scope, regions),
  );
  return {
    counts: normalise(await queryAnnualCounts(db, year, scope, regions)),
    oracle: normalise(oracle!.r),
  };
}
