import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import type { WithdrawConsentInput } from "@/lib/consent/schemas";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Withdrawal keeps the consent on record with when, why and by whom; it happens once.
export async function withdrawConsent(actor: Actor, input: WithdrawConsentInput) {
  assertCan(actor, "consent:write");
  const withdrawnOn = toDay(input.withdrawnOn);
  return db.$transaction(async (tx) => {
    const consent = await tx.caseConsent.findFirst({
      where: { id: input.consentId, case: officeScope(actor) },
      select: {
        id: true,
        caseId: true,
        officeId: true,
        givenOn: true,
        withdrawnOn: true,
        case: { select: { anonymisedAt: true } },
      },
    });
    if (!consent) throw new AppError("NOT_FOUND");
    if (consent.case.anonymisedAt) throw new AppError("VALIDATION", { _form: ["caseAnonymised"] });
    if (consent.withdrawnOn)
      throw new AppError("VALIDATION", { _form: ["consentAlreadyWithdrawn"] });
    if (withdrawnOn < consent.givenOn)
      throw new AppError("VALIDATION", { withdrawnOn: ["beforeConsent"] });
    // The row lock decides between two concurrent withdrawals: the second finds it withdrawn.
    const { count } = await tx.caseConsent.updateMany({
      where: { id: consent.id, withdrawnOn: null },
      data: { withdrawnOn, withdrawalReason: input.reason, withdrawnById: actor.id },
    });
    if (count !== 1) throw new AppError("VALIDATION", { _form: ["consentAlreadyWithdrawn"] });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "consent.withdraw",
      entityType: "case",
      entityId: consent.caseId,
      officeId: consent.officeId,
      changedFields: ["withdrawnOn", "withdrawalReason"],
    });
    return { id: consent.id };
  });
}
