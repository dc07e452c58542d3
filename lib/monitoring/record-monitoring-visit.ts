import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordMonitoringVisitSchema } from "@/lib/monitoring/schemas";

export async function recordMonitoringVisit(
  actor: Actor,
  input: z.output<typeof recordMonitoringVisitSchema>,
) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId);
    if (current.kind !== "REINTEGRATION")
      throw new AppError("VALIDATION", { _form: ["notReintegrationCase"] });
    const visitedOn = toDay(input.visitedOn);
    if (visitedOn < current.openedOn)
      throw new AppError("VALIDATION", { visitedOn: ["beforeOpening"] });
    const visit = await tx.monitoringVisit.create({
      data: {
        caseId: current.id,
        visitedOn,
        visitedById: actor.id,
        note: input.note,
        nextVisitDue: input.nextVisitDue ? toDay(input.nextVisitDue) : null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "monitoring.visit",
      entityType: "case",
      entityId: current.id,
      officeId: current.officeId,
      changedFields: [
        "visitedOn",
        ...(input.note ? ["note"] : []),
        ...(input.nextVisitDue ? ["nextVisitDue"] : []),
      ],
    });
    return visit;
  });
}
