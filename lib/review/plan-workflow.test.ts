import { describe, expect, it } from "vitest";

import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { decidePlanOutcome, isEditable, needsSecondApproval } from "@/lib/review/plan-workflow";

const plan = (overrides: Partial<Parameters<typeof decidePlanOutcome>[0]> = {}) => ({
  status: "SUBMITTED" as PlanStatus,
  draftedById: "caseworker",
  lastEditedById: "caseworker",
  authorIds: ["caseworker"],
  firstApprovedById: null,
  totalMinor: 50_000,
  currency: "USD",
  ...overrides,
});
const threshold = { minor: 100_000, currency: "USD" };

describe("isEditable", () => {
  it.each<[PlanStatus, boolean]>([
    ["DRAFT", true],
    ["RETURNED", true],
    ["SUBMITTED", false],
    ["AWAITING_SECOND_APPROVAL", false],
    ["APPROVED", false],
    ["REJECTED", false],
  ])("%s → %s", (status, expected) => expect(isEditable(status)).toBe(expected));
});

describe("needsSecondApproval", () => {
  it("is false without a threshold", () =>
    expect(needsSecondApproval(10_000_000, "USD", null)).toBe(false));
  it("is false at exactly the threshold", () =>
    expect(needsSecondApproval(100_000, "USD", threshold)).toBe(false));
  it("is true one minor unit above the threshold", () =>
    expect(needsSecondApproval(100_001, "USD", threshold)).toBe(true));
  it("is true for a total in another currency than the threshold's, however small", () =>
    expect(needsSecondApproval(1, "EUR", threshold)).toBe(true));
});

describe("decidePlanOutcome", () => {
  it("approves a submitted plan under the threshold in one step", () => {
    expect(decidePlanOutcome(plan(), "supervisor", "APPROVE", threshold)).toStrictEqual({
      ok: true,
      status: "APPROVED",
      recorded: "APPROVE",
      inbox: "PLAN_APPROVED",
    });
  });

  it("moves a submitted plan above the threshold to awaiting second approval", () => {
    expect(
      decidePlanOutcome(plan({ totalMinor: 100_001 }), "supervisor", "APPROVE", threshold),
    ).toStrictEqual({
      ok: true,
      status: "AWAITING_SECOND_APPROVAL",
      recorded: "FIRST_APPROVAL",
      inbox: "PLAN_AWAITING_SECOND_APPROVAL",
    });
  });

  it("approves a plan awaiting second approval when a different supervisor approves", () => {
    const waiting = plan({
      status: "AWAITING_SECOND_APPROVAL",
      firstApprovedById: "supervisor-1",
      totalMinor: 200_000,
    });
    expect(decidePlanOutcome(waiting, "supervisor-2", "APPROVE", threshold)).toStrictEqual({
      ok: true,
      status: "APPROVED",
      recorded: "APPROVE",
      inbox: "PLAN_APPROVED",
    });
  });

  it("refuses the second approval by the supervisor who gave the first", () => {
    const waiting = plan({
      status: "AWAITING_SECOND_APPROVAL",
      firstApprovedById: "supervisor-1",
      totalMinor: 200_000,
    });
    expect(decidePlanOutcome(waiting, "supervisor-1", "APPROVE", threshold)).toStrictEqual({
      ok: false,
      reason: "secondApprovalBySameSupervisor",
    });
  });

  it.each([
    ["drafted", { draftedById: "supervisor" }],
    ["last amended", { lastEditedById: "supervisor" }],
    ["once amended", { authorIds: ["caseworker", "supervisor"] }],
  ] as const)("refuses approval by the supervisor who %s the plan", (_label, authors) =>
    expect(decidePlanOutcome(plan(authors), "supervisor", "APPROVE", threshold)).toStrictEqual({
      ok: false,
      reason: "selfApproval",
    }),
  );

  it.each<[PlanStatus]>([["SUBMITTED"], ["AWAITING_SECOND_APPROVAL"]])(
    "returns and rejects a %s plan",
    (status) => {
      const pending = plan({ status, firstApprovedById: "supervisor-1" });
      expect(decidePlanOutcome(pending, "supervisor", "RETURN", threshold)).toStrictEqual({
        ok: true,
        status: "RETURNED",
        recorded: "RETURN",
        inbox: "PLAN_RETURNED",
      });
      expect(decidePlanOutcome(pending, "supervisor", "REJECT", threshold)).toStrictEqual({
        ok: true,
        status: "REJECTED",
        recorded: "REJECT",
        inbox: "PLAN_REJECTED",
      });
    },
  );

  it.each<[PlanStatus]>([["DRAFT"], ["RETURNED"], ["APPROVED"], ["REJECTED"]])(
    "refuses any decision on a %s plan",
    (status) => {
      for (const decision of ["APPROVE", "RETURN", "REJECT"] as const) {
        expect(
          decidePlanOutcome(plan({ status }), "supervisor", decision, threshold),
        ).toStrictEqual({ ok: false, reason: "planNotPending" });
      }
    },
  );
});
