import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { toMinorUnits } from "@/lib/money/currency";
import { addServiceSchema } from "@/lib/validations/service";

export async function addService(actor: Actor, input: z.output<typeof addServiceSchema>) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId);
    const deliveredOn = toDay(input.deliveredOn);
    const hasAmount = Boolean(input.amount && input.currency);
    // The checks run inside the claim: a retry after the case was closed still gets the
    // first submission's result.
    return once(tx, { key: input.idempotencyKey, userId: actor.id, action: "service.add" }, async () => {
      if (current.status === "CLOSED") throw new AppError("VALIDATION", { _form: ["caseClosed"] });
      if (input.type === "RETURN_TRAVEL" && current.kind !== "AVR") throw new AppError("VALIDATION", { type: ["returnTravelOnlyAvr"] });
      if (deliveredOn < current.openedOn) throw new AppError("VALIDATION", { deliveredOn: ["beforeOpening"] });
      const service = await tx.service.create({
        data: {
          caseId: current.id, type: input.type, deliveredOn, provider: input.provider, note: input.note, createdById: actor.id,
          amountMinor: hasAmount ? toMinorUnits(input.amount, input.currency) : null,
          currency: hasAmount ? input.currency : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id, action: "service.add", entityType: "case", entityId: current.id, officeId: current.officeId,
        changedFields: ["type", "deliveredOn", ...(input.provider ? ["provider"] : []), ...(hasAmount ? ["amount", "currency"] : []), ...(input.note ? ["note"] : [])],
      });
      return service;
    });
  });
}
