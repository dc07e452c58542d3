import type { DbOrTx } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

import type { PublishedReport } from "../publish-annual-report";
import { publishSelection } from "../publish-selection";

// The years in which any service was recorded, latest first (from the report summaries; a
// year number is not personal data). No permission check: the callers have made theirs.
export async function queryReportYears(client: DbOrTx): Promise<number[]> {
  const rows = await asSystem("report", () =>
    client.reportBeneficiaryYear.groupBy({ by: ["year"], orderBy: { year: "desc" } }),
  );
  return rows.map((row) => row.year);
}

export type AllYears = { reports: PublishedReport[]; refusedYears: number[]; threshold: number };

// The world report of every year with data, oldest first, each through disclosure control: a
// year whose world may not be published is left out and named, never shown.
export async function publishAllYears(client: DbOrTx, threshold: number): Promise<AllYears> {
  const reports: PublishedReport[] = [];
  const refusedYears: number[] = [];
  for (const year of (await queryReportYears(client)).reverse()) {
    const published = await publishSelection(client, { year }, threshold);
    if (published.ok) reports.push(published.report);
    else refusedYears.push(year);
  }
  return { reports, refusedYears, threshold };
}
