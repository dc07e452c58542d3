import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { recordService } from "@/lib/cases/add-service";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { toMinorUnits } from "@/lib/money/currency";
import { canMoveReferral } from "@/lib/referrals/referral-workflow";
import type { ChangeReferralStatusInput } from "@/lib/referrals/schemas";

const dateColumn = {
  ACCEPTED: "answeredOn",
  DECLINED: "answeredOn",
  COMPLETED: "completedOn",
  REVOKED: "revokedOn",
} as const;

async function loadReferral(tx: Tx, actor: Actor, referralId: string) {
  const found = await tx.referral.findFirst({
    where: { id: referralId, ...officeScope(actor), case: officeScope(actor) },
    select: {
      id: true,
      caseId: true,
      officeId: true,
      status: true,
      version: true,
      serviceType: true,
      sentOn: true,
      answeredOn: true,
      provider: { select: { name: true } },
    },
  });
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}

// The completed referral's service: a normal service of the case, through the same rules and
// audit entry as one recorded on the service form, so the report counts it like any other.
// The provider's name goes into the service's free-text provider, as a typed one would.
async function recordDeliveredService(
  tx: Tx,
  actor: Actor,
  current: Awaited<ReturnType<typeof loadCaseForWrite>>,
  referral: Awaited<ReturnType<typeof loadReferral>>,
  input: ChangeReferralStatusInput,
) {
  const hasAmount = Boolean(input.amount && input.currency);
  return recordService(tx, actor, current, {
    type: referral.serviceType,
    deliveredOn: toDay(input.effectiveOn),
    provider: referral.provider.name,
    note: null,
    amountMinor: hasAmount ? toMinorUnits(input.amount, input.currency) : null,
    currency: hasAmount ? input.currency : null,
  });
}

// One dated step of a referral, recorded as the provider answers. The version and the
// status it was read in decide a conflict; a repeated submission returns the first result.
export async function changeReferralStatus(actor: Actor, input: ChangeReferralStatusInput) {
  assertCan(actor, "case:write");
  const effectiveOn = toDay(input.effectiveOn);
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "referral.status" },
      async () => {
        const referral = await loadReferral(tx, actor, input.referralId);
        // An anonymised case is read-only (loadCaseForWrite refuses it).
        const current = await loadCaseForWrite(tx, actor, referral.caseId);
        if (referral.version !== input.version) throw new AppError("CONFLICT");
        if (!canMoveReferral(referral.status, input.toStatus))
          throw new AppError("VALIDATION", { toStatus: ["referralStepNotAllowed"] });
        const lastStep = referral.answeredOn ?? referral.sentOn;
        if (effectiveOn < lastStep)
          throw new AppError("VALIDATION", { effectiveOn: ["beforeLastReferralStep"] });
        const service = input.recordService
          ? await recordDeliveredService(tx, actor, current, referral, input)
          : null;
        const { count } = await tx.referral.updateMany({
          where: { id: referral.id, version: input.version, status: referral.status },
          data: {
            status: input.toStatus,
            [dateColumn[input.toStatus]]: effectiveOn,
            ...(service ? { serviceId: service.id } : {}),
            version: { increment: 1 },
          },
        });
        if (count !== 1) throw new AppError("CONFLICT");
        await recordAudit(tx, {
          actorId: actor.id,
          action: `referral.${input.toStatus.toLowerCase()}`,
          entityType: "case",
          entityId: referral.caseId,
          officeId: referral.officeId,
          changedFields: ["status", dateColumn[input.toStatus], ...(service ? ["serviceId"] : [])],
        });
        return { id: referral.id, version: input.version + 1, serviceId: service?.id ?? null };
      },
    ),
  );
}
