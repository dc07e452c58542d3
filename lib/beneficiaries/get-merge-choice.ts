import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { findDuplicateBeneficiaries } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";

const mergeSide = {
  id: true,
  ref: true,
  givenName: true,
  familyName: true,
  sex: true,
  birthDate: true,
  isBirthDateEstimated: true,
  nationality: true,
  version: true,
  mergedIntoId: true,
  anonymisedAt: true,
  _count: { select: { cases: true } },
} as const;

// What a supervisor sees before merging: this record, the likely duplicates in the office,
// and, once chosen by its reference, the other record. Refs are opaque codes, never names.
export async function getMergeChoice(actor: Actor, beneficiaryId: string, otherRef?: string) {
  assertCan(actor, "beneficiary:merge");
  if (!z.uuid().safeParse(beneficiaryId).success) return null;
  const scope = officeScope(actor);
  const record = await db.beneficiary.findFirst({
    where: { id: beneficiaryId, ...scope },
    select: mergeSide,
  });
  if (!record) return null;
  const candidates = record.mergedIntoId
    ? []
    : (
        await findDuplicateBeneficiaries(actor, {
          givenName: record.givenName,
          familyName: record.familyName,
          birthDate: record.isBirthDateEstimated ? null : formatDay(record.birthDate) || null,
          estimatedAge: null,
          nationality: record.nationality,
        })
      ).filter((candidate) => candidate.id !== record.id);
  const ref = otherRef?.trim().toUpperCase().slice(0, 60);
  const other = ref
    ? await db.beneficiary.findFirst({
        where: { ref, ...scope, mergedIntoId: null, anonymisedAt: null, NOT: { id: record.id } },
        select: mergeSide,
      })
    : null;
  return { record, candidates, other, otherRef: ref ?? null };
}
