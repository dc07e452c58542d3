import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// A case of another office comes back as null, exactly like one that does not exist.
// Every successful read is logged: who looked at which case, when.
export async function getCase(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  if (!z.uuid().safeParse(caseId).success) return null;
  const record = await findCase(actor, caseId);
  if (record)
    await recordAudit(db, {
      actorId: actor.id,
      action: "case.view",
      entityType: "case",
      entityId: record.id,
      officeId: actor.officeId,
    });
  return record;
}

function findCase(actor: Actor, caseId: string) {
  return db.case.findFirst({
    where: { id: caseId, ...officeScope(actor) },
    select: {
      id: true,
      ref: true,
      kind: true,
      status: true,
      openedOn: true,
      closedOn: true,
      version: true,
      projectId: true,
      legalHoldSince: true,
      legalHoldReason: true,
      anonymisedAt: true,
      migrantCategory: true,
      returnCountry: true,
      plannedDepartureOn: true,
      actualDepartureOn: true,
      travelDetails: true,
      originCountry: true,
      needsAssessment: true,
      avrCase: { select: { ref: true } },
      identifiedOn: true,
      identifiedBy: true,
      exploitationTypes: true,
      labourSector: true,
      exploitationCountry: true,
      riskLevel: true,
      traffickingStatus: true,
      recruitmentMethods: true,
      recruitmentCountry: true,
      controlMethods: true,
      sexExploitationTypes: true,
      office: { select: { code: true, name: true, hostCountry: true } },
      project: { select: { code: true, title: true } },
      assignedTo: { select: { id: true, name: true } },
      beneficiary: {
        select: {
          id: true,
          ref: true,
          givenName: true,
          familyName: true,
          sex: true,
          birthDate: true,
          isBirthDateEstimated: true,
          nationality: true,
        },
      },
      services: {
        orderBy: [{ deliveredOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          type: true,
          deliveredOn: true,
          provider: true,
          amountMinor: true,
          currency: true,
          note: true,
        },
      },
    },
  });
}
export type CaseDetail = NonNullable<Awaited<ReturnType<typeof findCase>>>;
