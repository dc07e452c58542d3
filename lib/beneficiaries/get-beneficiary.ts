import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";

export async function getBeneficiary(actor: Actor, beneficiaryId: string) {
  assertCan(actor, "beneficiary:read");
  if (!z.uuid().safeParse(beneficiaryId).success) return null;
  return db.beneficiary.findFirst({
    where: { id: beneficiaryId, ...officeScope(actor) },
    select: {
      id: true, ref: true, givenName: true, familyName: true, sex: true, birthDate: true, isBirthDateEstimated: true,
      nationality: true, phone: true, contactEmail: true, address: true, hasConsent: true, consentDate: true, consentPurpose: true,
      cases: {
        where: officeScope(actor),
        orderBy: { openedOn: "desc" },
        select: { id: true, ref: true, kind: true, status: true, openedOn: true },
      },
    },
  });
}
