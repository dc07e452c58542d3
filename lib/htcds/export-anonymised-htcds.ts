import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { asSystem, withActor } from "@/lib/db-context";
import { AppError } from "@/lib/errors";
import { csvDocument } from "@/lib/reports/report-csv";

import type { HtcdsFile } from "./export-htcds-cases";
import { ageOn, exploitationTypeOf } from "./htcds-mapping";
import { anonymise, type AnonymisedDataset, type VictimRecord } from "./k-anonymity";
import { victimCaseBatches, type VotFilter } from "./read-vot-cases";
import { recordHtcdsExport } from "./record-htcds-export";
import type { AnonymisedExportInput } from "./schemas";

// CTDC global dataset column names (docs/htcds.md), in this order.
export const ANONYMISED_COLUMNS = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "majorityStatus",
  "citizenship",
  "CountryOfExploitation",
  "typeOfExploitConcatenated",
] as const;

const MINOR_AGES = new Set(["0--8", "9--17", "0--17", "Minor"]);

// HQ reads every office (or the one it picks) as the system; a supervisor reads their own
// office as themselves, whatever office the request names.
function scopeOf(actor: Actor, input: AnonymisedExportInput) {
  assertCan(actor, "htcds:export-anonymised");
  if (actor.role === "HQ") {
    const filter: VotFilter = { ...input, officeId: input.office, victimsOnly: true };
    return { filter, run: <T>(work: () => Promise<T>) => asSystem("export", work, actor.id) };
  }
  const { officeId } = officeScope(actor);
  if (input.office && input.office !== officeId) throw new AppError("NOT_FOUND");
  const filter: VotFilter = { ...input, officeId, victimsOnly: true };
  return { filter, run: <T>(work: () => Promise<T>) => withActor(actor, work) };
}

async function readVictims(filter: VotFilter): Promise<VictimRecord[]> {
  const records: VictimRecord[] = [];
  for await (const batch of victimCaseBatches(filter))
    for (const row of batch) {
      if (!row.identifiedOn) continue;
      records.push({
        age: ageOn(row.beneficiary.birthDate, row.identifiedOn),
        sex: row.beneficiary.sex,
        citizenship: row.beneficiary.nationality,
        exploitationTypes: row.exploitationTypes.map((type) => exploitationTypeOf[type]),
        exploitationCountry: row.exploitationCountry,
        year: row.identifiedOn.getUTCFullYear(),
      });
    }
  return records;
}

// What the page shows before a download: how many records, how many kept, which levels.
export async function previewAnonymisedHtcds(
  actor: Actor,
  input: AnonymisedExportInput,
): Promise<Omit<AnonymisedDataset, "rows">> {
  const { filter, run } = scopeOf(actor, input);
  const { levels, recordCount, suppressed, keptShare } = anonymise(
    await run(() => readVictims(filter)),
  );
  return { levels, recordCount, suppressed, keptShare };
}

export async function exportAnonymisedHtcds(
  actor: Actor,
  input: AnonymisedExportInput,
): Promise<HtcdsFile> {
  const { filter, run } = scopeOf(actor, input);
  return run(async () => {
    const dataset = anonymise(await readVictims(filter));
    await recordHtcdsExport(actor, {
      form: "ANONYMISED",
      officeId: filter.officeId,
      yearFrom: filter.yearFrom,
      yearTo: filter.yearTo,
      includeIdentifying: false,
      reason: null,
      rowCount: dataset.rows.length,
      recordCount: dataset.recordCount,
    });
    const rows = dataset.rows.map((r) => [
      r.year,
      r.sex,
      r.age,
      MINOR_AGES.has(r.age) ? "Minor" : r.age && r.age !== "*" ? "Adult" : "",
      r.citizenship,
      r.exploitationCountry,
      r.exploitationType,
    ]);
    return {
      csv: csvDocument([[...ANONYMISED_COLUMNS], ...rows]),
      filename: `htcds-anonymised-${new Date().toISOString().slice(0, 10)}.csv`,
      rowCount: rows.length,
      keptShare: dataset.keptShare,
    };
  });
}
