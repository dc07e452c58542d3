import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadHouseholdForWrite } from "@/lib/households/load-household-for-write";
import type { HouseholdMemberInput } from "@/lib/households/schemas";

// Makes a member the head. The others' relationships were stated to the former head and
// are kept as they are; the new head's own relationship is cleared (they are the reference).
export async function setHouseholdHead(actor: Actor, input: HouseholdMemberInput) {
  assertCan(actor, "beneficiary:write");
  return db.$transaction(async (tx) => {
    const household = await loadHouseholdForWrite(tx, actor, input.householdId);
    if (!household.members.some((member) => member.id === input.memberId))
      throw new AppError("NOT_FOUND");
    if (household.headMemberId === input.memberId) return { id: household.id };
    await tx.household.update({
      where: { id: household.id },
      data: { headMemberId: input.memberId },
    });
    await tx.householdMember.update({
      where: { id: input.memberId },
      data: { relationship: null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "household.set-head",
      entityType: "household",
      entityId: household.id,
      officeId: household.officeId,
      changedFields: ["head", "relationship"],
    });
    return { id: household.id };
  });
}
