import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { recordService } from "@/lib/cases/add-service";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { deliverPlanItemSchema } from "@/lib/review/schemas";

// Delivers an approved item as a service on the case (the annual report counts services)
// and links the two. The link is set only where none exists, so a second delivery of the
// same item, even a concurrent one, rolls back its service instead of adding another.
export async function deliverPlanItem(actor: Actor, input: z.output<typeof deliverPlanItemSchema>) {
  assertCan(actor, "plan:deliver");
  return db.$transaction(async (tx) => {
    const item = await tx.planItem.findFirst({
      where: { id: input.itemId, plan: officeScope(actor) },
      select: {
        id: true,
        type: true,
        description: true,
        amountMinor: true,
        currency: true,
        serviceId: true,
        plan: { select: { status: true, caseId: true } },
      },
    });
    if (!item) throw new AppError("NOT_FOUND");
    const current = await loadCaseForWrite(tx, actor, item.plan.caseId);
    return once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "plan.deliver" },
      async () => {
        if (item.plan.status !== "APPROVED")
          throw new AppError("VALIDATION", { _form: ["planNotApproved"] });
        if (item.serviceId) throw new AppError("VALIDATION", { _form: ["alreadyDelivered"] });
        const service = await recordService(tx, actor, current, {
          type: item.type,
          deliveredOn: toDay(input.deliveredOn),
          provider: input.provider,
          note: item.description,
          amountMinor: item.amountMinor,
          currency: item.currency,
        });
        const { count } = await tx.planItem.updateMany({
          where: { id: item.id, serviceId: null },
          data: { serviceId: service.id },
        });
        if (count !== 1) throw new AppError("VALIDATION", { _form: ["alreadyDelivered"] });
        return { itemId: item.id, serviceId: service.id };
      },
    );
  });
}
