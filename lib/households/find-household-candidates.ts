import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FindHouseholdCandidatesInput } from "@/lib/households/schemas";

const LIMIT = 10;

// The household picker: people of the actor's office, in no household yet and not
// anonymised, whose reference or name contains the text. At most ten, so the picker never
// lists the office's register.
export async function findHouseholdCandidates(actor: Actor, input: FindHouseholdCandidatesInput) {
  assertCan(actor, "beneficiary:read");
  const scope = officeScope(actor);
  const household = await db.household.findFirst({
    where: { id: input.householdId, ...scope },
    select: { id: true },
  });
  if (!household) throw new AppError("NOT_FOUND");
  const contains = { contains: input.text, mode: "insensitive" as const };
  return db.beneficiary.findMany({
    where: {
      ...scope,
      anonymisedAt: null,
      household: null,
      OR: [{ ref: contains }, { givenName: contains }, { familyName: contains }],
    },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { ref: "asc" }],
    take: LIMIT,
    select: { id: true, ref: true, givenName: true, familyName: true },
  });
}
