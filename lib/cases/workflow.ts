import type { CaseKind, CaseStatus } from "@/lib/generated/prisma/enums";

// Each kind's path through the workflow; a case may also be closed early from any open
// step, and a closed case reopens to the step it was closed from.
export const workflowByKind: Record<CaseKind, readonly CaseStatus[]> = {
  AVR: ["OPEN", "COUNSELLING", "APPROVED_FOR_RETURN", "DEPARTED", "CLOSED"],
  REINTEGRATION: ["ASSESSMENT", "PLANNING", "MONITORING", "CLOSED"],
  VOT: ["IDENTIFIED", "ASSISTING", "CLOSED"],
};

export function initialStatus(kind: CaseKind): CaseStatus {
  return workflowByKind[kind][0]!;
}

export function allowedTransitions(
  kind: CaseKind,
  from: CaseStatus,
  statusBeforeClosing: CaseStatus | null,
): CaseStatus[] {
  if (from === "CLOSED") return statusBeforeClosing ? [statusBeforeClosing] : [initialStatus(kind)];
  const path = workflowByKind[kind];
  const next = path[path.indexOf(from) + 1];
  if (!next) return [];
  return next === "CLOSED" ? ["CLOSED"] : [next, "CLOSED"];
}

export function isTransitionAllowed(
  kind: CaseKind,
  from: CaseStatus,
  to: CaseStatus,
  statusBeforeClosing: CaseStatus | null,
): boolean {
  return allowedTransitions(kind, from, statusBeforeClosing).includes(to);
}
