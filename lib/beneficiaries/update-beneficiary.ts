import "server-only";

import type { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { ageOn, birthDateFromAge } from "@/lib/beneficiaries/birth-date";
import {
  bumpBeneficiaryVersion,
  loadBeneficiaryForWrite,
} from "@/lib/beneficiaries/load-beneficiary-for-write";
import type { updateBeneficiarySchema } from "@/lib/beneficiaries/schemas";
import { today, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { once } from "@/lib/idempotency";

type Input = z.output<typeof updateBeneficiarySchema>;
type Birth = { birthDate: Date | null; isBirthDateEstimated: boolean };

// An unchanged estimated age keeps the stored date: recomputing it from the age would move
// the birth year as time passes.
function birthFrom(input: Input, current: Birth, on = today()): Birth {
  if (input.birthDate) return { birthDate: toDay(input.birthDate), isBirthDateEstimated: false };
  if (input.estimatedAge === null) return { birthDate: null, isBirthDateEstimated: false };
  if (
    current.isBirthDateEstimated &&
    current.birthDate &&
    ageOn(current.birthDate, on) === input.estimatedAge
  )
    return current;
  return { birthDate: birthDateFromAge(input.estimatedAge, on), isBirthDateEstimated: true };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

export async function updateBeneficiary(actor: Actor, input: Input) {
  assertCan(actor, "beneficiary:write");
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "beneficiary.update" },
      async () => {
        const current = await loadBeneficiaryForWrite(
          tx,
          actor,
          input.beneficiaryId,
          input.version,
        );
        const changes = {
          givenName: input.givenName,
          familyName: input.familyName,
          sex: input.sex,
          ...birthFrom(input, current),
          nationality: input.nationality,
          phone: input.phone,
          contactEmail: input.contactEmail,
          address: input.address,
          hasConsent: input.hasConsent,
          consentDate: input.hasConsent && input.consentDate ? toDay(input.consentDate) : null,
          consentPurpose: input.hasConsent ? input.consentPurpose : null,
        };
        const changedFields = Object.entries(changes)
          .filter(([field, value]) => !sameValue(current[field as keyof typeof current], value))
          .map(([field]) => field);
        if (changedFields.length === 0) return { id: current.id, version: current.version };
        await bumpBeneficiaryVersion(tx, current.id, current.version, changes);
        await recordAudit(tx, {
          actorId: actor.id,
          action: "beneficiary.update",
          entityType: "beneficiary",
          entityId: current.id,
          officeId: current.officeId,
          changedFields,
        });
        return { id: current.id, version: current.version + 1 };
      },
    ),
  );
}
