import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { bumpVersion, loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { coversHandOver } from "@/lib/consent/consent-coverage";
import { today } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import { AppError } from "@/lib/errors";
import type { HandOverCaseInput } from "@/lib/hand-over/schemas";

async function loadDestination(tx: Tx, projectId: string, sendingOfficeId: string) {
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { id: true, officeId: true, endDate: true, office: { select: { hostCountry: true } } },
  });
  const isUsable =
    project &&
    project.officeId !== sendingOfficeId &&
    (project.endDate === null || project.endDate >= today());
  if (!isUsable) throw new AppError("VALIDATION", { projectId: ["invalidChoice"] });
  return project;
}

// A reintegration hand-over transfers the case to another office: the sending office loses
// it, the receiving office gets it with its consents and plans. Refused unless a hand-over
// consent in force today covers the receiving office's host country. The rows move to an
// office the actor cannot see, which row-level security refuses in the actor's own scope:
// the transaction runs in system scope, and the office scoping in loadCaseForWrite's
// `where` decides which case the actor may hand over.
export async function handOverCase(actor: Actor, input: HandOverCaseInput) {
  assertCan(actor, "case:hand-over");
  return asSystem(
    "hand-over",
    () =>
      db.$transaction(async (tx) => {
        const current = await loadCaseForWrite(tx, actor, input.caseId, input.version);
        if (current.status === "CLOSED")
          throw new AppError("VALIDATION", { _form: ["handOverClosedCase"] });
        const destination = await loadDestination(tx, input.projectId, current.officeId);
        // Locks the consents: a withdrawal committing meanwhile waits, or is seen below.
        await tx.$queryRaw`SELECT id FROM case_consents WHERE case_id = ${current.id}::uuid FOR SHARE`;
        const consents = await tx.caseConsent.findMany({
          where: { caseId: current.id, purpose: "HAND_OVER" },
          select: {
            purpose: true,
            givenOn: true,
            withdrawnOn: true,
            anyOffice: true,
            countries: true,
          },
        });
        if (
          !consents.some((consent) =>
            coversHandOver(consent, destination.office.hostCountry, today()),
          )
        ) {
          throw new AppError("VALIDATION", { _form: ["handOverNotConsented"] });
        }
        const to = destination.officeId;
        await bumpVersion(tx, current.id, current.version, {
          officeId: to,
          projectId: destination.id,
          assignedToId: null,
        });
        await tx.caseConsent.updateMany({ where: { caseId: current.id }, data: { officeId: to } });
        await tx.reintegrationPlan.updateMany({
          where: { caseId: current.id },
          data: { officeId: to },
        });
        const changedFields = ["officeId", "projectId", "assignedToId"];
        await recordAudit(tx, {
          actorId: actor.id,
          action: "case.hand-over-out",
          entityType: "case",
          entityId: current.id,
          officeId: current.officeId,
          changedFields,
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "case.hand-over-in",
          entityType: "case",
          entityId: current.id,
          officeId: to,
          changedFields,
        });
        // The person's record follows once none of their cases is left outside the receiving office.
        const leftBehind = await tx.case.count({
          where: { beneficiaryId: current.beneficiaryId, officeId: { not: to } },
        });
        if (leftBehind === 0) {
          await tx.beneficiary.update({
            where: { id: current.beneficiaryId },
            data: { officeId: to, version: { increment: 1 } },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "beneficiary.hand-over",
            entityType: "beneficiary",
            entityId: current.beneficiaryId,
            officeId: to,
            changedFields: ["officeId"],
          });
        }
        return { id: current.id, version: current.version + 1 };
      }),
    actor.id,
  );
}
