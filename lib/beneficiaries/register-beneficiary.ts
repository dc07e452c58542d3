import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { birthDateFromAge } from "@/lib/beneficiaries/birth-date";
import { findDuplicateBeneficiaries } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import { registerBeneficiarySchema } from "@/lib/beneficiaries/schemas";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { nextRef } from "@/lib/refs/next-ref";

export async function registerBeneficiary(
  actor: Actor,
  input: z.output<typeof registerBeneficiarySchema>,
) {
  assertCan(actor, "beneficiary:write");
  const { officeId } = officeScope(actor);
  const office = await db.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { code: true },
  });
  const birthDate = input.birthDate
    ? toDay(input.birthDate)
    : input.estimatedAge !== null
      ? birthDateFromAge(input.estimatedAge)
      : null;
  // Everything inside uses `tx`: a second pool connection taken while holding the
  // idempotency key could wait forever behind the very submissions queued on that key.
  return db.$transaction((tx) =>
    // A retry of a submission that succeeded gets its result, before the duplicate check
    // would mistake the first submission's record for a duplicate.
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "beneficiary.register" },
      async () => {
        if (
          !input.acknowledgedDuplicates &&
          (await findDuplicateBeneficiaries(actor, input, tx)).length > 0
        ) {
          throw new AppError("VALIDATION", { _form: ["possibleDuplicates"] });
        }
        const beneficiary = await tx.beneficiary.create({
          data: {
            ref: await nextRef(tx, `B-${office.code}`),
            officeId,
            givenName: input.givenName,
            familyName: input.familyName,
            sex: input.sex,
            birthDate,
            isBirthDateEstimated: !input.birthDate && input.estimatedAge !== null,
            nationality: input.nationality,
            phone: input.phone,
            contactEmail: input.contactEmail,
            address: input.address,
            hasConsent: input.hasConsent,
            consentDate: input.consentDate ? toDay(input.consentDate) : null,
            consentPurpose: input.consentPurpose,
          },
          select: { id: true, ref: true },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "beneficiary.register",
          entityType: "beneficiary",
          entityId: beneficiary.id,
          officeId,
          changedFields: Object.keys(input).filter(
            (field) => !["idempotencyKey", "acknowledgedDuplicates"].includes(field),
          ),
        });
        return beneficiary;
      },
    ),
  );
}
