import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadHouseholdForWrite } from "@/lib/households/load-household-for-write";
import type { HouseholdMemberInput } from "@/lib/households/schemas";

// Takes a member out of the household; the cases already opened with it stay linked to it.
// A household keeps at least one member. Removing someone already removed is NOT_FOUND, so
// a repeated click changes nothing.
export async function removeHouseholdMember(actor: Actor, input: HouseholdMemberInput) {
  assertCan(actor, "beneficiary:write");
  return db.$transaction(async (tx) => {
    const household = await loadHouseholdForWrite(tx, actor, input.householdId);
    if (!household.members.some((member) => member.id === input.memberId))
      throw new AppError("NOT_FOUND");
    if (household.members.length === 1)
      throw new AppError("VALIDATION", { _form: ["lastHouseholdMember"] });
    const isHead = household.headMemberId === input.memberId;
    // The head's foreign key sets the household's head to null.
    await tx.householdMember.delete({ where: { id: input.memberId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "household.remove-member",
      entityType: "household",
      entityId: household.id,
      officeId: household.officeId,
      changedFields: ["members", ...(isHead ? ["head"] : [])],
    });
    return { id: household.id };
  });
}
