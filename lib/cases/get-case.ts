import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";

// A case of another office comes back as null, exactly like one that does not exist.
export async function getCase(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  if (!z.uuid().safeParse(caseId).success) return null;
  return db.case.findFirst({
    where: { id: caseId, ...officeScope(actor) },
    select: {
      id: true, ref: true, kind: true, status: true, openedOn: true, closedOn: true, version: true, projectId: true,
      migrantCategory: true, returnCountry: true, plannedDepartureOn: true, actualDepartureOn: true, travelDetails: true,
      originCountry: true, needsAssessment: true, avrCase: { select: { ref: true } },
      identifiedOn: true, identifiedBy: true, exploitationTypes: true, labourSector: true, exploitationCountry: true, riskLevel: true,
      office: { select: { code: true, name: true, hostCountry: true } },
      project: { select: { code: true, title: true } },
      beneficiary: { select: { id: true, ref: true, givenName: true, familyName: true, sex: true, birthDate: true, isBirthDateEstimated: true, nationality: true } },
      services: {
        orderBy: [{ deliveredOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, type: true, deliveredOn: true, provider: true, amountMinor: true, currency: true, note: true },
      },
    },
  });
}
export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;
