import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { birthDateFromAge } from "@/lib/beneficiaries/birth-date";
import { findDuplicateBeneficiariesSchema } from "@/lib/beneficiaries/schemas";
import { toDay } from "@/lib/dates";
import { db, type DbOrTx } from "@/lib/db";

export type DuplicateCandidate = {
  id: string;
  ref: string;
  givenName: string;
  familyName: string;
  birthDate: Date | null;
  nationality: string | null;
};

// Likely the same person: a similar name (trigram similarity, accents and case ignored)
// in this office, with the same birth date (or birth year when the age is an estimate)
// and the same nationality where both are known.
export async function findDuplicateBeneficiaries(
  actor: Actor,
  input: z.output<typeof findDuplicateBeneficiariesSchema>,
  client: DbOrTx = db,
): Promise<DuplicateCandidate[]> {
  assertCan(actor, "beneficiary:read");
  const { officeId } = officeScope(actor);
  const birthDate = input.birthDate
    ? toDay(input.birthDate)
    : input.estimatedAge !== null
      ? birthDateFromAge(input.estimatedAge)
      : null;
  const isExactDate = input.birthDate !== null;
  const name = `${input.givenName} ${input.familyName}`;
  return client.$queryRaw<DuplicateCandidate[]>`
    SELECT id, ref, given_name AS "givenName", family_name AS "familyName", birth_date AS "birthDate", nationality
    FROM beneficiaries
    WHERE office_id = ${officeId}::uuid AND merged_into_id IS NULL
      AND similarity(search_text(given_name || ' ' || family_name), search_text(${name})) >= 0.45
      AND (${birthDate}::date IS NULL OR birth_date IS NULL
           OR (${isExactDate} AND birth_date = ${birthDate}::date)
           OR (NOT ${isExactDate} AND date_part('year', birth_date) = date_part('year', ${birthDate}::date)))
      AND (${input.nationality}::text IS NULL OR nationality IS NULL OR nationality = ${input.nationality})
    ORDER BY similarity(search_text(given_name || ' ' || family_name), search_text(${name})) DESC, ref
    LIMIT 10`;
}
