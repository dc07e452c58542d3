import "server-only";

import type { AuditListQuery } from "@/lib/admin/schemas";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { addDays, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const pageSize = 50;

export async function listAuditEntries(actor: Actor, query: AuditListQuery) {
  assertCan(actor, "audit:read");
  const where: Prisma.AuditEntryWhereInput = {
    ...(query.action && { action: { startsWith: query.action } }),
    ...(query.entityType && { entityType: query.entityType }),
    ...(query.entityId && { entityId: query.entityId }),
    ...(query.actorId && { actorId: query.actorId }),
    ...((query.from || query.to) && {
      at: {
        ...(query.from && { gte: toDay(query.from) }),
        ...(query.to && { lt: addDays(toDay(query.to), 1) }),
      },
    }),
  };
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: { seq: "desc" },
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        seq: true,
        at: true,
        actorId: true,
        action: true,
        entityType: true,
        entityId: true,
        officeId: true,
        changedFields: true,
      },
    }),
    db.auditEntry.count({ where }),
  ]);
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const officeIds = [
    ...new Set(entries.flatMap((entry) => (entry.officeId ? [entry.officeId] : []))),
  ];
  const [actors, offices] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.office.findMany({ where: { id: { in: officeIds } }, select: { id: true, code: true } }),
  ]);
  const actorName = new Map(actors.map((user) => [user.id, user.name]));
  const officeCode = new Map(offices.map((office) => [office.id, office.code]));
  return {
    total,
    page: query.page,
    size: pageSize,
    rows: entries.map((entry) => ({
      ...entry,
      seq: Number(entry.seq),
      actorName: entry.actorId ? (actorName.get(entry.actorId) ?? null) : null,
      officeCode: entry.officeId ? (officeCode.get(entry.officeId) ?? null) : null,
    })),
  };
}
