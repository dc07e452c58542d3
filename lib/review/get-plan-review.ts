import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db";
import { planDetailSelect } from "@/lib/review/plan-detail";

// A plan with its case, and all assistance the beneficiary received on any case of the
// office, beside it. Another office's plan is null.
export async function getPlanReview(actor: Actor, planId: string) {
  assertCan(actor, "plan:review");
  if (!z.uuid().safeParse(planId).success) return null;
  const plan = await db.reintegrationPlan.findFirst({
    where: { id: planId, ...officeScope(actor) },
    select: planDetailSelect,
  });
  if (!plan) return null;
  const record = await getCase(actor, plan.caseId);
  if (!record) return null;
  const earlierAssistance = await db.service.findMany({
    where: { case: { beneficiaryId: record.beneficiary.id, ...officeScope(actor) } },
    orderBy: [{ deliveredOn: "desc" }, { createdAt: "desc" }],
    take: 100,
    select: {
      id: true,
      type: true,
      deliveredOn: true,
      amountMinor: true,
      currency: true,
      case: { select: { ref: true, kind: true } },
    },
  });
  return { plan, record, earlierAssistance };
}
export type PlanReview = NonNullable<Awaited<ReturnType<typeof getPlanReview>>>;
