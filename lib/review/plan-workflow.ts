import type { InboxKind, PlanDecisionKind, PlanStatus } from "@/lib/generated/prisma/enums";

export const pendingStatuses: readonly PlanStatus[] = ["SUBMITTED", "AWAITING_SECOND_APPROVAL"];

// The caseworker edits and submits a draft or a returned plan; anything else is locked.
export function isEditable(status: PlanStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

export type Threshold = { minor: number; currency: string } | null;

// A total in another currency than the threshold's cannot be compared without an exchange
// rate, so it is treated as above the threshold (the safe side).
export function needsSecondApproval(
  totalMinor: number,
  currency: string,
  threshold: Threshold,
): boolean {
  if (!threshold) return false;
  return currency !== threshold.currency || totalMinor > threshold.minor;
}

export type Decision = "APPROVE" | "RETURN" | "REJECT";

type PlanForDecision = {
  status: PlanStatus;
  draftedById: string;
  lastEditedById: string;
  // Everyone who ever saved the items (plan_authors).
  authorIds: readonly string[];
  firstApprovedById: string | null;
  totalMinor: number;
  currency: string;
};

export type DecisionOutcome =
  | { ok: true; status: PlanStatus; recorded: PlanDecisionKind; inbox: InboxKind }
  | { ok: false; reason: "planNotPending" | "selfApproval" | "secondApprovalBySameSupervisor" };

// What a supervisor's decision does to a plan, or why it is refused.
export function decidePlanOutcome(
  plan: PlanForDecision,
  deciderId: string,
  decision: Decision,
  threshold: Threshold,
): DecisionOutcome {
  if (!pendingStatuses.includes(plan.status)) return { ok: false, reason: "planNotPending" };
  if (decision === "RETURN")
    return { ok: true, status: "RETURNED", recorded: "RETURN", inbox: "PLAN_RETURNED" };
  if (decision === "REJECT")
    return { ok: true, status: "REJECTED", recorded: "REJECT", inbox: "PLAN_REJECTED" };
  if (
    deciderId === plan.draftedById ||
    deciderId === plan.lastEditedById ||
    plan.authorIds.includes(deciderId)
  )
    return { ok: false, reason: "selfApproval" };
  if (plan.status === "AWAITING_SECOND_APPROVAL") {
    if (deciderId === plan.firstApprovedById)
      return { ok: false, reason: "secondApprovalBySameSupervisor" };
    return { ok: true, status: "APPROVED", recorded: "APPROVE", inbox: "PLAN_APPROVED" };
  }
  if (needsSecondApproval(plan.totalMinor, plan.currency, threshold)) {
    return {
      ok: true,
      status: "AWAITING_SECOND_APPROVAL",
      recorded: "FIRST_APPROVAL",
      inbox: "PLAN_AWAITING_SECOND_APPROVAL",
    };
  }
  return { ok: true, status: "APPROVED", recorded: "APPROVE", inbox: "PLAN_APPROVED" };
}
