import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { loadJoiningBeneficiary } from "@/lib/households/load-household-for-write";
import type { CreateHouseholdInput } from "@/lib/households/schemas";
import { once } from "@/lib/idempotency";
import { nextRef } from "@/lib/refs/next-ref";

// A new household from a beneficiary's profile, with that person as its head.
export async function createHousehold(actor: Actor, input: CreateHouseholdInput) {
  assertCan(actor, "beneficiary:write");
  const { officeId } = officeScope(actor);
  const office = await db.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { code: true },
  });
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "household.create" },
      async () => {
        const head = await loadJoiningBeneficiary(tx, actor, input.beneficiaryId);
        if (head.household) throw new AppError("VALIDATION", { _form: ["alreadyInHousehold"] });
        const household = await tx.household.create({
          data: { ref: await nextRef(tx, `${office.code}-HH`), officeId, createdById: actor.id },
          select: { id: true, ref: true },
        });
        const member = await uniquely("_form", "alreadyInHousehold", () =>
          tx.householdMember.create({
            data: { householdId: household.id, beneficiaryId: head.id, addedById: actor.id },
            select: { id: true },
          }),
        );
        await tx.household.update({
          where: { id: household.id },
          data: { headMemberId: member.id },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "household.create",
          entityType: "household",
          entityId: household.id,
          officeId,
          changedFields: ["members", "head"],
        });
        return household;
      },
    ),
  );
}
