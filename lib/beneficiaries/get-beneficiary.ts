import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

export async function getBeneficiary(actor: Actor, beneficiaryId: string) {
  assertCan(actor, "beneficiary:read");
  if (!z.uuid().safeParse(beneficiaryId).success) return null;
  const beneficiary = await db.beneficiary.findFirst({
    where: { id: beneficiaryId, ...officeScope(actor) },
    select: {
      id: true,
      ref: true,
      givenName: true,
      familyName: true,
      sex: true,
      birthDate: true,
      isBirthDateEstimated: true,
      nationality: true,
      phone: true,
      contactEmail: true,
      address: true,
      hasConsent: true,
      consentDate: true,
      consentPurpose: true,
      version: true,
      mergedIntoId: true,
      anonymisedAt: true,
      cases: {
        where: officeScope(actor),
        orderBy: { openedOn: "desc" },
        select: { id: true, ref: true, kind: true, status: true, openedOn: true },
      },
    },
  });
  if (beneficiary) {
    await recordAudit(db, {
      actorId: actor.id,
      action: "beneficiary.view",
      entityType: "beneficiary",
      entityId: beneficiary.id,
      officeId: actor.officeId,
    });
  }
  return beneficiary;
}
