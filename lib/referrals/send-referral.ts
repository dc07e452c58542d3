import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { isServiceTypeAllowed } from "@/lib/cases/service-types";
import { today, toDay } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { coversReferral } from "@/lib/referrals/referral-workflow";
import type { SendReferralInput } from "@/lib/referrals/schemas";

// Refused unless a referral consent is in force today, checked as a hand-over's consent is:
// the consents are locked, so a withdrawal committing meanwhile either waits for this
// referral or is seen here.
async function assertReferralConsent(tx: Tx, caseId: string) {
  await tx.$queryRaw`SELECT id FROM case_consents WHERE case_id = ${caseId}::uuid FOR SHARE`;
  const consents = await tx.caseConsent.findMany({
    where: { caseId, purpose: "REFERRAL" },
    select: { purpose: true, givenOn: true, withdrawnOn: true, anyOffice: true, countries: true },
  });
  if (!consents.some((consent) => coversReferral(consent, today())))
    throw new AppError("VALIDATION", { _form: ["referralNotConsented"] });
}

// A caseworker refers a case of their office to an active provider of the same office's
// directory, for a service type the provider offers and the case may receive.
export async function sendReferral(actor: Actor, input: SendReferralInput) {
  assertCan(actor, "case:write");
  const sentOn = toDay(input.sentOn);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "referral.send" }, async () => {
      const current = await loadCaseForWrite(tx, actor, input.caseId);
      if (current.status === "CLOSED") throw new AppError("VALIDATION", { _form: ["caseClosed"] });
      if (sentOn < current.openedOn)
        throw new AppError("VALIDATION", { sentOn: ["beforeOpening"] });
      const provider = await tx.serviceProvider.findFirst({
        where: { id: input.providerId, officeId: current.officeId },
        select: { id: true, isActive: true, services: true },
      });
      if (!provider || !provider.isActive)
        throw new AppError("VALIDATION", { providerId: ["invalidChoice"] });
      if (!provider.services.includes(input.serviceType))
        throw new AppError("VALIDATION", { serviceType: ["providerDoesNotOffer"] });
      if (!isServiceTypeAllowed(current.kind, input.serviceType))
        throw new AppError("VALIDATION", { serviceType: ["returnTravelOnlyAvr"] });
      await assertReferralConsent(tx, current.id);
      const created = await tx.referral.create({
        data: {
          caseId: current.id,
          officeId: current.officeId,
          providerId: provider.id,
          serviceType: input.serviceType,
          sentOn,
          note: input.note,
        },
        select: { id: true, version: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "referral.sent",
        entityType: "case",
        entityId: current.id,
        officeId: current.officeId,
        changedFields: ["providerId", "serviceType", "sentOn", ...(input.note ? ["note"] : [])],
      });
      return created;
    }),
  );
}
