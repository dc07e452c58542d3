import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { locales } from "@/lib/i18n/config";
import { requestLocale } from "@/lib/i18n/request-words";
import { getBoss, REPORT_EXPORT_QUEUE } from "@/lib/jobs/boss";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import { reportFilterSchema } from "../annual-report";
import { judgeFilter } from "../publish-selection";

export const requestExportSchema = z.object({
  format: z.enum(["CSV", "XLSX", "PDF"]),
  filter: reportFilterSchema,
  // The file's language; without one, the requester's current language.
  locale: z.enum(locales, "invalidChoice").optional(),
});

// Queues an export and returns at once; the page then polls its progress.
export async function requestReportExport(
  actor: Actor,
  input: z.output<typeof requestExportSchema>,
): Promise<{ id: string }> {
  assertCan(actor, "report:export");
  // A selection that may not be published is refused before anything is queued.
  const verdict = await judgeFilter(db, input.filter, await readDisclosureThreshold(db));
  if (!verdict.ok)
    throw new AppError("VALIDATION", { filter: [`report.refused.${verdict.reason}`] });
  const locale = input.locale ?? (await requestLocale());
  const created = await db.$transaction(async (tx) => {
    const row = await tx.reportExport.create({
      data: { requestedById: actor.id, format: input.format, filter: input.filter, locale },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.export",
      entityType: "report_export",
      entityId: row.id,
      changedFields: ["format", "filter", "locale"],
    });
    return row;
  });
  await (await getBoss()).send(REPORT_EXPORT_QUEUE, { exportId: created.id });
  return created;
}

// Status of one's own export; another user's looks like one that does not exist.
export async function getReportExportStatus(actor: Actor, id: string) {
  assertCan(actor, "report:export");
  return db.reportExport.findFirst({
    where: { id, requestedById: actor.id },
    select: { id: true, status: true, progress: true, filename: true, format: true },
  });
}

export async function getReportExportFile(actor: Actor, id: string) {
  assertCan(actor, "report:export");
  return db.reportExport.findFirst({
    where: { id, requestedById: actor.id, status: "DONE" },
    select: { filename: true, content: true, format: true },
  });
}
