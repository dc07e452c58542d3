import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { withActor } from "@/lib/db-context";
import { csvDocument } from "@/lib/reports/report-csv";

import { caseLevelHeader, caseLevelRow } from "./case-level-columns";
import { votCaseBatches } from "./read-vot-cases";
import { recordHtcdsExport } from "./record-htcds-export";
import type { CaseLevelExportInput } from "./schemas";

export type HtcdsFile = { csv: string; filename: string; rowCount: number; keptShare?: number };

// The case-level HTCDS file of the supervisor's own office, for a data-sharing agreement.
// Names and contacts only when asked for (and allowed); the export is logged with its
// reason and row count before the file is handed over.
export async function exportHtcdsCases(
  actor: Actor,
  input: CaseLevelExportInput,
): Promise<HtcdsFile> {
  assertCan(actor, "htcds:export-cases");
  if (input.includeIdentifying) assertCan(actor, "htcds:export-identifying");
  const { officeId } = officeScope(actor);
  const filter = { officeId, yearFrom: input.yearFrom, yearTo: input.yearTo };
  return withActor(actor, async () => {
    const rows: (string | null)[][] = [];
    for await (const batch of votCaseBatches(filter))
      for (const row of batch) rows.push(caseLevelRow(row, input.includeIdentifying));
    await recordHtcdsExport(actor, {
      form: "CASE_LEVEL",
      ...filter,
      includeIdentifying: input.includeIdentifying,
      reason: input.reason,
      rowCount: rows.length,
      recordCount: rows.length,
    });
    return {
      csv: csvDocument([caseLevelHeader(input.includeIdentifying), ...rows]),
      filename: `htcds-cases-${new Date().toISOString().slice(0, 10)}.csv`,
      rowCount: rows.length,
    };
  });
}
