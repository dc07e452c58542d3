import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { isChildOn } from "@/lib/beneficiaries/birth-date";
import type { RecordConsentInput } from "@/lib/consent/schemas";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";

// What does not apply is dropped, not stored: a guardian only for GUARDIAN, a scope only for HAND_OVER.
function applicableTerms(input: RecordConsentInput) {
  const isGuardian = input.givenBy === "GUARDIAN";
  const isHandOver = input.purpose === "HAND_OVER";
  return {
    guardianName: isGuardian ? input.guardianName : null,
    guardianRelationship: isGuardian ? input.guardianRelationship : null,
    anyOffice: isHandOver && input.anyOffice,
    countries: isHandOver && !input.anyOffice ? [...new Set(input.countries)].sort() : [],
  };
}

// A child (under 18 on the day of consent) cannot consent alone: a guardian gives it.
export async function recordConsent(actor: Actor, input: RecordConsentInput) {
  assertCan(actor, "consent:write");
  const givenOn = toDay(input.givenOn);
  const terms = applicableTerms(input);
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "consent.record" },
      async () => {
        const found = await tx.case.findFirst({
          where: { id: input.caseId, ...officeScope(actor) },
          select: {
            id: true,
            officeId: true,
            anonymisedAt: true,
            beneficiary: { select: { birthDate: true } },
          },
        });
        if (!found) throw new AppError("NOT_FOUND");
        if (found.anonymisedAt) throw new AppError("VALIDATION", { _form: ["caseAnonymised"] });
        if (input.givenBy === "BENEFICIARY" && isChildOn(found.beneficiary.birthDate, givenOn)) {
          throw new AppError("VALIDATION", { givenBy: ["guardianRequiredForChild"] });
        }
        const created = await tx.caseConsent.create({
          data: {
            caseId: found.id,
            officeId: found.officeId,
            purpose: input.purpose,
            type: input.type,
            givenBy: input.givenBy,
            givenOn,
            ...terms,
            recordedById: actor.id,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "consent.record",
          entityType: "case",
          entityId: found.id,
          officeId: found.officeId,
          changedFields: [
            "purpose",
            "type",
            "givenBy",
            "givenOn",
            ...(terms.guardianName ? ["guardianName", "guardianRelationship"] : []),
            ...(input.purpose === "HAND_OVER" ? ["scope"] : []),
          ],
        });
        return created;
      },
    ),
  );
}
