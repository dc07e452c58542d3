import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { toMinorUnits } from "@/lib/money/currency";
import { bumpPlanVersion, loadPlanForWrite } from "@/lib/review/load-plan-for-write";
import { isEditable } from "@/lib/review/plan-workflow";
import { savePlanSchema } from "@/lib/review/schemas";

type Input = z.output<typeof savePlanSchema>;
const maxInt = 2_147_483_647;

function itemRows(input: Input) {
  return input.items.map((item, index) => ({
    position: index + 1,
    type: item.type,
    description: item.description,
    modality: item.modality,
    amountMinor: toMinorUnits(item.amount, input.currency)!,
    plannedOn: toDay(item.plannedOn),
  }));
}

// Drafts a plan on a reintegration case, or replaces the items of a draft or returned plan.
export async function savePlan(
  actor: Actor,
  input: Input,
): Promise<{ id: string; version: number }> {
  assertCan(actor, "plan:draft");
  const items = itemRows(input);
  const totalMinor = items.reduce((sum, item) => sum + item.amountMinor, 0);
  if (totalMinor > maxInt) throw new AppError("VALIDATION", { items: ["totalTooLarge"] });
  try {
    return await db.$transaction(async (tx) => {
      const current = await loadCaseForWrite(tx, actor, input.caseId);
      if (current.kind !== "REINTEGRATION")
        throw new AppError("VALIDATION", { _form: ["notReintegrationCase"] });
      if (current.status === "CLOSED") throw new AppError("VALIDATION", { _form: ["caseClosed"] });
      const audit = (action: string, planId: string) =>
        recordAudit(tx, {
          actorId: actor.id,
          action,
          entityType: "case",
          entityId: current.id,
          officeId: current.officeId,
          changedFields: ["plan", "items"],
        }).then(() => planId);
      if (!input.planId || input.version === null) {
        return once(
          tx,
          { key: input.idempotencyKey, userId: actor.id, action: "plan.create" },
          async () => {
            const plan = await tx.reintegrationPlan.create({
              data: {
                caseId: current.id,
                officeId: current.officeId,
                currency: input.currency,
                totalMinor,
                draftedById: actor.id,
                lastEditedById: actor.id,
                items: { create: items },
                authors: { create: { userId: actor.id } },
              },
              select: { id: true },
            });
            return { id: await audit("plan.create", plan.id), version: 1 };
          },
        );
      }
      return updateItems(tx, actor, input, current.id, totalMinor, () =>
        audit("plan.update", input.planId!),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", { _form: ["planExists"] });
    throw error;
  }
}

async function updateItems(
  tx: Tx,
  actor: Actor,
  input: Input,
  caseId: string,
  totalMinor: number,
  audit: () => Promise<string>,
) {
  const plan = await loadPlanForWrite(tx, actor, input.planId!, input.version!);
  if (plan.caseId !== caseId) throw new AppError("NOT_FOUND");
  if (!isEditable(plan.status)) throw new AppError("VALIDATION", { _form: ["planLocked"] });
  await bumpPlanVersion(tx, plan.id, plan.version, {
    currency: input.currency,
    totalMinor,
    lastEditedById: actor.id,
  });
  await tx.planAuthor.createMany({
    data: [{ planId: plan.id, userId: actor.id }],
    skipDuplicates: true,
  });
  await tx.planItem.deleteMany({ where: { planId: plan.id } });
  await tx.planItem.createMany({
    data: itemRows(input).map((item) => ({ ...item, planId: plan.id, currency: input.currency })),
  });
  await audit();
  return { id: plan.id, version: plan.version + 1 };
}
