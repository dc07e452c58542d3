import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { kindColumns } from "@/lib/cases/case-fields";
import { assertProjectUsable } from "@/lib/cases/resolve-case-links";
import { initialStatus } from "@/lib/cases/workflow";
import { toDay } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadHouseholdForWrite } from "@/lib/households/load-household-for-write";
import type { OpenHouseholdAvrCasesInput } from "@/lib/households/schemas";
import { once } from "@/lib/idempotency";
import { nextRef } from "@/lib/refs/next-ref";

// The chosen members, locked, with whether each already has an AVR case that is not closed.
async function lockMembers(tx: Tx, officeId: string, beneficiaryIds: string[]) {
  const rows = await tx.$queryRaw<{ id: string; ref: string; anonymised: boolean }[]>`
    SELECT id, ref, anonymised_at IS NOT NULL AS anonymised FROM beneficiaries
    WHERE id = ANY(${beneficiaryIds}::uuid[]) AND office_id = ${officeId}::uuid
    ORDER BY id FOR UPDATE`;
  const open = await tx.case.findMany({
    where: {
      beneficiaryId: { in: beneficiaryIds },
      officeId,
      kind: "AVR",
      status: { not: "CLOSED" },
    },
    select: { beneficiaryId: true },
  });
  const withOpenCase = new Set(open.map((row) => row.beneficiaryId));
  return rows.map((row) => ({ ...row, hasOpenAvrCase: withOpenCase.has(row.id) }));
}

// One AVR case per chosen member, with the fields given once, all linked to the household,
// in one transaction: the report counts individuals, so each person keeps a case of their
// own. A member who already has an open AVR case refuses the whole batch, naming them by
// reference. The members' rows are locked, so two batches cannot both open a case for one.
export async function openHouseholdAvrCases(actor: Actor, input: OpenHouseholdAvrCasesInput) {
  assertCan(actor, "case:write");
  const openedOn = toDay(input.openedOn);
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "household.open-avr" },
      async () => {
        const household = await loadHouseholdForWrite(tx, actor, input.householdId);
        const memberIds = new Set(household.members.map((member) => member.beneficiaryId));
        if (!input.beneficiaryIds.every((id) => memberIds.has(id)))
          throw new AppError("VALIDATION", { beneficiaryIds: ["notAHouseholdMember"] });
        const members = await lockMembers(tx, household.officeId, input.beneficiaryIds);
        if (members.length !== input.beneficiaryIds.length)
          throw new AppError("VALIDATION", { beneficiaryIds: ["notAHouseholdMember"] });
        if (members.some((member) => member.anonymised))
          throw new AppError("VALIDATION", { _form: ["beneficiaryAnonymised"] });
        const duplicates = members.filter((member) => member.hasOpenAvrCase).map((m) => m.ref);
        if (duplicates.length > 0)
          throw new AppError("VALIDATION", {
            _form: [
              `openAvrCaseExists?${new URLSearchParams({ refs: duplicates.sort().join(", ") })}`,
            ],
          });
        await assertProjectUsable(tx, input.projectId, household.officeId, openedOn);
        const office = await tx.office.findUniqueOrThrow({
          where: { id: household.officeId },
          select: { code: true },
        });
        const status = initialStatus("AVR");
        const created: { id: string; ref: string }[] = [];
        // In the order the members were chosen, so refs follow the form.
        for (const beneficiaryId of input.beneficiaryIds) {
          const kase = await tx.case.create({
            data: {
              ref: await nextRef(tx, `${office.code}-AVR-${input.openedOn.slice(0, 4)}`),
              beneficiaryId,
              kind: "AVR",
              officeId: household.officeId,
              projectId: input.projectId,
              status,
              openedOn,
              createdById: actor.id,
              assignedToId: actor.id,
              householdId: household.id,
              ...kindColumns({ ...input, beneficiaryId }, null),
              statusChanges: { create: { toStatus: status, changedById: actor.id } },
            },
            select: { id: true, ref: true },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "case.open",
            entityType: "case",
            entityId: kase.id,
            officeId: household.officeId,
            changedFields: [
              ...Object.keys(input).filter(
                (field) => !["idempotencyKey", "beneficiaryIds", "householdId"].includes(field),
              ),
              "beneficiaryId",
              "household",
            ],
          });
          created.push(kase);
        }
        return { householdId: household.id, cases: created };
      },
    ),
  );
}
