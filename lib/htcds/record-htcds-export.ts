import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { HtcdsExportForm } from "@/lib/generated/prisma/enums";

export type HtcdsExportLog = {
  form: HtcdsExportForm;
  officeId: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  includeIdentifying: boolean;
  reason: string | null;
  rowCount: number;
  recordCount: number;
};

// The export's log row and its audit entry, in one transaction. The audit entry names the
// log row and its fields; the reason, filter and counts are in the row, no personal data in
// either.
export async function recordHtcdsExport(actor: Actor, log: HtcdsExportLog): Promise<string> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.htcdsExport.create({
      data: { ...log, requestedById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: log.form === "CASE_LEVEL" ? "htcds.export-cases" : "htcds.export-anonymised",
      entityType: "htcds_export",
      entityId: id,
      officeId: log.officeId,
      changedFields: [
        "officeId",
        "yearFrom",
        "yearTo",
        "includeIdentifying",
        ...(log.reason ? ["reason"] : []),
        "rowCount",
        "recordCount",
      ],
    });
    return id;
  });
}
