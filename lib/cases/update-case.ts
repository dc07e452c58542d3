import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { kindColumns } from "@/lib/cases/case-fields";
import { bumpVersion, loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import {
  assertIdentifiedByOpening,
  assertProjectUsable,
  resolveAvrCase,
} from "@/lib/cases/resolve-case-links";
import type { UpdateCaseInput } from "@/lib/cases/schemas";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// An empty multi-select is the same as one never filled in (a column added later is null).
const blankAsNull = (value: unknown) =>
  Array.isArray(value) && value.length === 0 ? null : (value ?? null);

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(blankAsNull(a)) === JSON.stringify(blankAsNull(b));
}

export async function updateCase(actor: Actor, input: UpdateCaseInput) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId, input.version);
    if (current.kind !== input.kind) throw new AppError("VALIDATION", { kind: ["invalidChoice"] });
    if (current.status === "CLOSED") throw new AppError("VALIDATION", { _form: ["caseClosed"] });
    const openedOn = toDay(input.openedOn);
    assertIdentifiedByOpening(input, openedOn);
    if (
      input.projectId !== current.projectId ||
      openedOn.getTime() !== current.openedOn.getTime()
    ) {
      await assertProjectUsable(tx, input.projectId, current.officeId, openedOn);
    }
    if (
      openedOn > current.openedOn &&
      (await tx.service.count({ where: { caseId: current.id, deliveredOn: { lt: openedOn } } })) > 0
    ) {
      throw new AppError("VALIDATION", { openedOn: ["servicesBeforeOpening"] });
    }
    const before = await tx.case.findUniqueOrThrow({ where: { id: current.id } });
    const avrCaseId = await resolveAvrCase(tx, input, current.officeId, before.avrCaseId);
    const changes = { projectId: input.projectId, openedOn, ...kindColumns(input, avrCaseId) };
    const changedFields = Object.entries(changes)
      .filter(([field, value]) => !sameValue(before[field as keyof typeof before], value))
      .map(([field]) => field);
    if (changedFields.length === 0) return { id: current.id, version: current.version };
    await bumpVersion(tx, current.id, current.version, changes);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "case.update",
      entityType: "case",
      entityId: current.id,
      officeId: current.officeId,
      changedFields,
    });
    return { id: current.id, version: current.version + 1 };
  });
}
