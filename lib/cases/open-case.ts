import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { kindColumns } from "@/lib/cases/case-fields";
import {
  assertIdentifiedByOpening,
  assertProjectUsable,
  resolveAvrCase,
} from "@/lib/cases/resolve-case-links";
import type { OpenCaseInput } from "@/lib/cases/schemas";
import { initialStatus } from "@/lib/cases/workflow";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { nextRef } from "@/lib/refs/next-ref";

export async function openCase(actor: Actor, input: OpenCaseInput) {
  assertCan(actor, "case:write");
  const scope = officeScope(actor);
  const openedOn = toDay(input.openedOn);
  const [beneficiary, office] = await Promise.all([
    db.beneficiary.findFirst({
      // A merged record is a tombstone: its cases belong on the record it was merged into.
      where: { id: input.beneficiaryId, ...scope, mergedIntoId: null },
      select: { id: true, anonymisedAt: true },
    }),
    db.office.findUniqueOrThrow({ where: { id: scope.officeId }, select: { code: true } }),
  ]);
  if (!beneficiary) throw new AppError("NOT_FOUND");
  if (beneficiary.anonymisedAt)
    throw new AppError("VALIDATION", { _form: ["beneficiaryAnonymised"] });
  assertIdentifiedByOpening(input, openedOn);
  await assertProjectUsable(db, input.projectId, scope.officeId, openedOn);
  const avrCaseId = await resolveAvrCase(db, input, scope.officeId);
  const status = initialStatus(input.kind);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "case.open" }, async () => {
      const created = await tx.case.create({
        data: {
          ref: await nextRef(tx, `${office.code}-${input.kind}-${input.openedOn.slice(0, 4)}`),
          beneficiaryId: beneficiary.id,
          kind: input.kind,
          officeId: scope.officeId,
          projectId: input.projectId,
          status,
          openedOn,
          createdById: actor.id,
          assignedToId: actor.id,
          ...kindColumns(input, avrCaseId),
          statusChanges: { create: { toStatus: status, changedById: actor.id } },
        },
        select: { id: true, ref: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "case.open",
        entityType: "case",
        entityId: created.id,
        officeId: scope.officeId,
        changedFields: Object.keys(input).filter((field) => field !== "idempotencyKey"),
      });
      return created;
    }),
  );
}
