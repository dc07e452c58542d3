import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// Visits and surveys of a case (newest first), and the survey's active questions.
export async function getCaseMonitoring(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  const scope = { caseId, case: officeScope(actor) };
  const [visits, surveys, indicators] = await Promise.all([
    db.monitoringVisit.findMany({
      where: scope,
      orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        visitedOn: true,
        note: true,
        nextVisitDue: true,
        visitedBy: { select: { name: true } },
      },
    }),
    db.sustainabilitySurvey.findMany({
      where: scope,
      orderBy: [{ surveyedOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        surveyedOn: true,
        economicScore: true,
        socialScore: true,
        psychosocialScore: true,
        compositeScore: true,
      },
    }),
    db.sustainabilityIndicator.findMany({
      where: { isActive: true },
      orderBy: { position: "asc" },
      select: { id: true, code: true, dimension: true, scaleMax: true },
    }),
  ]);
  return { visits, surveys, indicators };
}
export type CaseMonitoring = Awaited<ReturnType<typeof getCaseMonitoring>>;
