import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { caseListCsv, caseListXlsx } from "@/lib/case-export/case-list-file";
import { CASE_EXPORT_CAP, type CaseExportFormat } from "@/lib/case-export/schemas";
import type { CaseListQuery } from "@/lib/cases/case-list-query";
import { listCasesUpTo } from "@/lib/cases/list-cases";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Words } from "@/lib/i18n/catalogues";

export type CaseListExport =
  | { ok: true; body: string | Buffer; fileName: string; contentType: string; rows: number }
  | { ok: false; reason: "tooMany" };

const CONTENT_TYPES: Record<CaseExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

// What the audit entry says about the export: the format, the row count and the filters in
// force, as "name:value" with values that are codes, days or sort keys. The search is named
// only ("filter.q"): it is often a person's name, and a sealed token is no one's business.
export function exportAuditFields(
  query: CaseListQuery,
  format: CaseExportFormat,
  rows: number,
): string[] {
  const filters = Object.entries(query)
    .filter(([key, value]) => value !== undefined && !["sort", "dir", "page", "size"].includes(key))
    .map(([key, value]) => (key === "q" ? "filter.q" : `filter.${key}:${String(value)}`));
  return [`format:${format}`, `rows:${rows}`, `sort:${query.sort}:${query.dir}`, ...filters];
}

// The office's case list as filtered and sorted on screen, all pages, as a file; one audit
// entry per export. A list over CASE_EXPORT_CAP is refused (and not audited: nothing left).
export async function exportCaseList(
  actor: Actor,
  query: CaseListQuery,
  format: CaseExportFormat,
  words: Words,
  { now = new Date(), cap = CASE_EXPORT_CAP }: { now?: Date; cap?: number } = {},
): Promise<CaseListExport> {
  assertCan(actor, "case:export");
  const { officeId } = officeScope(actor);
  const rows = await listCasesUpTo(actor, query, cap + 1);
  if (rows.length > cap) return { ok: false, reason: "tooMany" };
  const body = format === "csv" ? caseListCsv(rows, words) : await caseListXlsx(rows, words, now);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "case.export",
      entityType: "case_list",
      officeId,
      changedFields: exportAuditFields(query, format, rows.length),
    }),
  );
  return {
    ok: true,
    body,
    fileName: `cases-${formatDay(now)}.${format}`,
    contentType: CONTENT_TYPES[format],
    rows: rows.length,
  };
}
