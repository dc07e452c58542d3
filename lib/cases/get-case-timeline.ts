import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

export type TimelineEntry = {
  at: Date;
  action: string;
  actorName: string | null;
  changedFields: string[];
  fromStatus?: string | null;
  toStatus?: string;
  reason?: string | null;
  effectiveOn?: Date;
};

// What happened to a case, newest first: the audit log's entries for it, with the status
// changes' from/to and reason beside the matching entries.
export async function getCaseTimeline(actor: Actor, caseId: string): Promise<TimelineEntry[]> {
  assertCan(actor, "case:read");
  const owned = await db.case.findFirst({
    where: { id: caseId, ...officeScope(actor) },
    select: { id: true },
  });
  if (!owned) return [];
  const [entries, changes] = await Promise.all([
    db.auditEntry.findMany({
      where: { entityType: "case", entityId: caseId, action: { not: "case.view" } },
      orderBy: { id: "desc" },
      take: 200,
      select: { at: true, action: true, actorId: true, changedFields: true },
    }),
    db.caseStatusChange.findMany({
      where: { caseId },
      orderBy: { changedAt: "desc" },
      select: { fromStatus: true, toStatus: true, reason: true, effectiveOn: true },
    }),
  ]);
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const names = new Map(
    (
      await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    ).map((user) => [user.id, user.name]),
  );
  const transitions = changes.filter((change) => change.fromStatus !== null);
  return entries.map((entry) => {
    const base = {
      at: entry.at,
      action: entry.action,
      actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
      changedFields: entry.changedFields,
    };
    if (entry.action !== "case.status-change" && entry.action !== "case.reopen") return base;
    const change = transitions.shift();
    return {
      ...base,
      fromStatus: change?.fromStatus,
      toStatus: change?.toStatus,
      reason: change?.reason,
      effectiveOn: change?.effectiveOn,
    };
  });
}
