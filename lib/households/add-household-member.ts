import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import {
  loadHouseholdForWrite,
  loadJoiningBeneficiary,
} from "@/lib/households/load-household-for-write";
import { MAX_HOUSEHOLD_MEMBERS, type AddHouseholdMemberInput } from "@/lib/households/schemas";
import { once } from "@/lib/idempotency";

// Adds a beneficiary of the same office who belongs to no household yet. The unique index
// on the member's beneficiary is the final word when two households claim one person.
export async function addHouseholdMember(actor: Actor, input: AddHouseholdMemberInput) {
  assertCan(actor, "beneficiary:write");
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "household.add-member" },
      async () => {
        const household = await loadHouseholdForWrite(tx, actor, input.householdId);
        const person = await loadJoiningBeneficiary(tx, actor, input.beneficiaryId);
        if (person.household)
          throw new AppError("VALIDATION", { beneficiaryId: ["alreadyInHousehold"] });
        if (household.members.length >= MAX_HOUSEHOLD_MEMBERS)
          throw new AppError("VALIDATION", { _form: ["householdFull"] });
        const member = await uniquely("beneficiaryId", "alreadyInHousehold", () =>
          tx.householdMember.create({
            data: {
              householdId: household.id,
              beneficiaryId: person.id,
              relationship: input.relationship,
              addedById: actor.id,
            },
            select: { id: true },
          }),
        );
        await recordAudit(tx, {
          actorId: actor.id,
          action: "household.add-member",
          entityType: "household",
          entityId: household.id,
          officeId: household.officeId,
          changedFields: ["members", ...(input.relationship ? ["relationship"] : [])],
        });
        return member;
      },
    ),
  );
}
