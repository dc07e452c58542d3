import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { today as todayOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { collectWorklistItems } from "@/lib/worklist/list-worklist";
import { caseOwner } from "@/lib/worklist/sources/source";

// How many idle cases the page lists (all are counted).
const INACTIVE_SHOWN = 50;

// The supervisor's view of their office: each member's open cases and overdue items, the
// open cases nobody holds, the cases without activity, and plans waiting for a second approval.
export async function getTeamOverview(actor: Actor, today = todayOf()) {
  assertCan(actor, "office:view-team");
  const { officeId } = officeScope(actor);
  const [members, caseload, items, awaiting] = await Promise.all([
    db.user.findMany({
      where: { officeId, isActive: true, role: { in: ["CASEWORKER", "SUPERVISOR"] } },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true, role: true },
    }),
    db.$queryRaw<{ owner_id: string | null; count: number }[]>(Prisma.sql`
      SELECT ${caseOwner} AS owner_id, count(*)::int AS count FROM cases c
      WHERE c.office_id = ${officeId}::uuid AND c.status <> 'CLOSED'
      GROUP BY 1`),
    collectWorklistItems(actor, null, today),
    db.reintegrationPlan.findMany({
      where: { officeId, status: "AWAITING_SECOND_APPROVAL" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        totalMinor: true,
        currency: true,
        submittedAt: true,
        case: { select: { id: true, ref: true } },
        decisions: {
          where: { decision: "FIRST_APPROVAL" },
          orderBy: { decidedAt: "desc" },
          take: 1,
          select: { decidedAt: true, decidedBy: { select: { name: true } } },
        },
      },
    }),
  ]);
  const overdue = items.filter((item) => item.dueOn < today);
  const countBy = (ownerId: string | null, rows: { ownerId: string | null }[]) =>
    rows.filter((row) => row.ownerId === ownerId).length;
  const caseloadOf = (ownerId: string | null) =>
    caseload.find((row) => row.owner_id === ownerId)?.count ?? 0;
  const memberIds = new Set(members.map((member) => member.id));
  // Cases held by someone no longer in the office (moved, deactivated) count as nobody's.
  const unheld = (row: { ownerId: string | null }) =>
    row.ownerId === null || !memberIds.has(row.ownerId);
  const inactive = items.filter((item) => item.kind === "INACTIVE_CASE" && item.dueOn <= today);
  return {
    today,
    members: members.map((member) => ({
      ...member,
      openCases: caseloadOf(member.id),
      overdue: countBy(member.id, overdue),
    })),
    unheld: {
      openCases: caseload
        .filter((row) => unheld({ ownerId: row.owner_id }))
        .reduce((sum, row) => sum + row.count, 0),
      overdue: overdue.filter(unheld).length,
    },
    inactiveCount: inactive.length,
    inactive: inactive.slice(0, INACTIVE_SHOWN),
    awaitingSecondApproval: awaiting.map((plan) => ({
      id: plan.id,
      caseId: plan.case.id,
      caseRef: plan.case.ref,
      totalMinor: plan.totalMinor,
      currency: plan.currency,
      firstApprovedBy: plan.decisions[0]?.decidedBy.name ?? null,
      firstApprovedAt: plan.decisions[0]?.decidedAt ?? null,
    })),
  };
}
export type TeamOverview = Awaited<ReturnType<typeof getTeamOverview>>;
