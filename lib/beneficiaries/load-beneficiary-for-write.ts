import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const beneficiaryWriteFields = {
  id: true,
  officeId: true,
  version: true,
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
  givenName: true,
  familyName: true,
} as const;

// The record as a write needs it, from the actor's office only; another office's record is
// NOT_FOUND, as for cases (lib/cases/load-case-for-write.ts). A merged record only leads to
// its survivor, and an anonymised one is read-only. A stale version is CONFLICT.
export async function loadBeneficiaryForWrite(
  client: DbOrTx,
  actor: Actor,
  beneficiaryId: string,
  expectedVersion?: number,
) {
  const found = await client.beneficiary.findFirst({
    where: { id: beneficiaryId, ...officeScope(actor) },
    select: { ...beneficiaryWriteFields, mergedIntoId: true, anonymisedAt: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (found.mergedIntoId) throw new AppError("VALIDATION", { _form: ["beneficiaryMerged"] });
  if (found.anonymisedAt) throw new AppError("VALIDATION", { _form: ["beneficiaryAnonymised"] });
  if (expectedVersion !== undefined && found.version !== expectedVersion)
    throw new AppError("CONFLICT");
  return found;
}

// Saves only if nobody saved since `version` was read: the database decides.
export async function bumpBeneficiaryVersion(
  client: DbOrTx,
  beneficiaryId: string,
  version: number,
  data: object,
): Promise<void> {
  const { count } = await client.beneficiary.updateMany({
    where: { id: beneficiaryId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT");
}
