import type { Prisma } from "@/lib/generated/prisma/client";

// What the case page and the review page show of a plan: items with their delivery, and
// every decision with who made it.
export const planDetailSelect = {
  id: true,
  caseId: true,
  status: true,
  version: true,
  currency: true,
  totalMinor: true,
  submittedAt: true,
  createdAt: true,
  draftedById: true,
  lastEditedById: true,
  firstApprovedById: true,
  draftedBy: { select: { name: true } },
  items: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      type: true,
      description: true,
      modality: true,
      amountMinor: true,
      currency: true,
      plannedOn: true,
      service: { select: { id: true, deliveredOn: true, amountMinor: true, currency: true } },
    },
  },
  decisions: {
    orderBy: { decidedAt: "desc" },
    select: {
      id: true,
      decision: true,
      comment: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
    },
  },
} as const satisfies Prisma.ReintegrationPlanSelect;

export type PlanDetail = Prisma.ReintegrationPlanGetPayload<{ select: typeof planDetailSelect }>;

export function deliveredTotal(plan: PlanDetail): number {
  return plan.items.reduce((sum, item) => sum + (item.service?.amountMinor ?? 0), 0);
}
