import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// The household a write is about, from the actor's office only: another office's household
// is NOT_FOUND, like one that does not exist. The row lock serialises concurrent changes of
// one household's membership and bulk writes on it.
export async function loadHouseholdForWrite(client: DbOrTx, actor: Actor, householdId: string) {
  const { officeId } = officeScope(actor);
  const [locked] = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM households WHERE id = ${householdId}::uuid AND office_id = ${officeId}::uuid
    FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND");
  return client.household.findFirstOrThrow({
    where: { id: householdId, officeId },
    select: {
      id: true,
      ref: true,
      officeId: true,
      headMemberId: true,
      members: { select: { id: true, beneficiaryId: true } },
    },
  });
}

// A beneficiary of the actor's office who may join a household (not anonymised).
export async function loadJoiningBeneficiary(client: DbOrTx, actor: Actor, beneficiaryId: string) {
  const beneficiary = await client.beneficiary.findFirst({
    where: { id: beneficiaryId, ...officeScope(actor) },
    select: { id: true, anonymisedAt: true, household: { select: { householdId: true } } },
  });
  if (!beneficiary) throw new AppError("VALIDATION", { beneficiaryId: ["invalidChoice"] });
  if (beneficiary.anonymisedAt)
    throw new AppError("VALIDATION", { _form: ["beneficiaryAnonymised"] });
  return beneficiary;
}
