import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { addServiceSchema } from "@/lib/cases/schemas";
import { isServiceTypeAllowed } from "@/lib/cases/service-types";
import { toDay } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ServiceType } from "@/lib/generated/prisma/enums";
import { once } from "@/lib/idempotency";
import { toMinorUnits } from "@/lib/money/currency";

type CaseForWrite = Awaited<ReturnType<typeof loadCaseForWrite>>;
export type ServiceFields = {
  type: ServiceType;
  deliveredOn: Date;
  provider: string | null;
  note: string | null;
  amountMinor: number | null;
  currency: string | null;
};

// The rules every recorded service obeys, and its audit entry; composes into the caller's
// transaction (a plan item's delivery uses it too).
export async function recordService(
  tx: Tx,
  actor: Actor,
  current: CaseForWrite,
  fields: ServiceFields,
) {
  if (current.status === "CLOSED") throw new AppError("VALIDATION", { _form: ["caseClosed"] });
  if (!isServiceTypeAllowed(current.kind, fields.type))
    throw new AppError("VALIDATION", { type: ["returnTravelOnlyAvr"] });
  if (fields.deliveredOn < current.openedOn)
    throw new AppError("VALIDATION", { deliveredOn: ["beforeOpening"] });
  const hasAmount = fields.amountMinor !== null && fields.currency !== null;
  const service = await tx.service.create({
    data: {
      caseId: current.id,
      type: fields.type,
      deliveredOn: fields.deliveredOn,
      provider: fields.provider,
      note: fields.note,
      createdById: actor.id,
      amountMinor: hasAmount ? fields.amountMinor : null,
      currency: hasAmount ? fields.currency : null,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "service.add",
    entityType: "case",
    entityId: current.id,
    officeId: current.officeId,
    changedFields: [
      "type",
      "deliveredOn",
      ...(fields.provider ? ["provider"] : []),
      ...(hasAmount ? ["amount", "currency"] : []),
      ...(fields.note ? ["note"] : []),
    ],
  });
  return service;
}

export async function addService(actor: Actor, input: z.output<typeof addServiceSchema>) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId);
    const hasAmount = Boolean(input.amount && input.currency);
    // The checks run inside the claim: a retry after the case was closed still gets the
    // first submission's result.
    return once(tx, { key: input.idempotencyKey, userId: actor.id, action: "service.add" }, () =>
      recordService(tx, actor, current, {
        type: input.type,
        deliveredOn: toDay(input.deliveredOn),
        provider: input.provider,
        note: input.note,
        amountMinor: hasAmount ? toMinorUnits(input.amount, input.currency) : null,
        currency: hasAmount ? input.currency : null,
      }),
    );
  });
}
