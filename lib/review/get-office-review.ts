import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { today } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countReintegrationServices } from "@/lib/review/count-reintegration-services";
import { scoreBand, type ScoreBand } from "@/lib/sustainability/score-survey";

type LatestRow = {
  id: string;
  ref: string;
  composite: number | null;
  visited_on: Date | null;
  next_visit_due: Date | null;
};

// The supervisor's view of their office's open reintegration cases: latest sustainability
// score band, overdue monitoring (latest visit's next due day has passed), and this year's
// spending per assistance type and currency.
export async function getOfficeReview(actor: Actor, now = new Date()) {
  assertCan(actor, "plan:review");
  const { officeId } = officeScope(actor);
  const year = today(now).getUTCFullYear();
  const [office, latest, spending, reintegrationServices] = await Promise.all([
    db.office.findUniqueOrThrow({ where: { id: officeId }, select: { code: true, name: true } }),
    db.$queryRaw<LatestRow[]>(Prisma.sql`
      SELECT c.id, c.ref, s.composite_score AS composite, v.visited_on, v.next_visit_due
      FROM cases c
      LEFT JOIN LATERAL (SELECT composite_score FROM sustainability_surveys WHERE case_id = c.id ORDER BY surveyed_on DESC, created_at DESC LIMIT 1) s ON true
      LEFT JOIN LATERAL (SELECT visited_on, next_visit_due FROM monitoring_visits WHERE case_id = c.id ORDER BY visited_on DESC, created_at DESC LIMIT 1) v ON true
      WHERE c.office_id = ${officeId}::uuid AND c.kind = 'REINTEGRATION' AND c.status <> 'CLOSED'
      ORDER BY c.ref`),
    db.service.groupBy({
      by: ["type", "currency"],
      where: {
        case: { officeId, kind: "REINTEGRATION" },
        amountMinor: { not: null },
        deliveredOn: {
          gte: new Date(Date.UTC(year, 0, 1)),
          lt: new Date(Date.UTC(year + 1, 0, 1)),
        },
      },
      _sum: { amountMinor: true },
      _count: { _all: true },
      orderBy: [{ type: "asc" }, { currency: "asc" }],
    }),
    countReintegrationServices(actor, year),
  ]);
  const bands: Record<ScoreBand | "NOT_SURVEYED", number> = {
    LOW: 0,
    MEDIUM: 0,
    HIGH: 0,
    NOT_SURVEYED: 0,
  };
  for (const row of latest)
    bands[row.composite === null ? "NOT_SURVEYED" : scoreBand(row.composite)] += 1;
  const overdue = latest
    .filter((row) => row.next_visit_due !== null && row.next_visit_due < today(now))
    .sort((a, b) => a.next_visit_due!.getTime() - b.next_visit_due!.getTime())
    .map((row) => ({
      caseId: row.id,
      ref: row.ref,
      lastVisitedOn: row.visited_on!,
      nextVisitDue: row.next_visit_due!,
    }));
  return {
    office,
    year,
    bands,
    overdue,
    spending: spending.map((row) => ({
      type: row.type,
      currency: row.currency!,
      amountMinor: row._sum.amountMinor ?? 0,
      services: row._count._all,
    })),
    reintegrationServices,
  };
}
export type OfficeReview = Awaited<ReturnType<typeof getOfficeReview>>;
