import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { planDetailSelect } from "@/lib/review/plan-detail";

// The case's latest plan (a rejected one stays visible until a new one is drafted).
export async function getCasePlan(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  if (!z.uuid().safeParse(caseId).success) return null;
  return db.reintegrationPlan.findFirst({
    where: { caseId, ...officeScope(actor) },
    orderBy: { createdAt: "desc" },
    select: planDetailSelect,
  });
}
