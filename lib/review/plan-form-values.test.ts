import { describe, expect, it } from "vitest";

import { toDay } from "@/lib/dates";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import type { PlanDetail } from "@/lib/review/plan-detail";
import { planFormValues } from "@/lib/review/plan-form-values";

const plan = (status: PlanStatus) =>
  ({
    id: "plan-1",
    status,
    version: 3,
    currency: "JPY",
    items: [
      {
        type: "EDUCATION",
        description: "School fees",
        modality: "CASH",
        amountMinor: 5000,
        currency: "JPY",
        plannedOn: toDay("2026-09-01"),
      },
    ],
  }) as unknown as PlanDetail;

describe("planFormValues", () => {
  it("a case without a plan gets a new plan with one blank item in the default currency", () => {
    expect(planFormValues("case-1", null, "USD", "key")).toStrictEqual({
      caseId: "case-1",
      planId: null,
      version: null,
      currency: "USD",
      idempotencyKey: "key",
      items: [
        { type: "SMALL_BUSINESS", description: "", modality: "IN_KIND", amount: "", plannedOn: "" },
      ],
    });
  });

  it.each<PlanStatus>(["DRAFT", "RETURNED"])(
    "a %s plan is edited with its own id, version and items, amounts in the currency's decimals",
    (status) => {
      expect(planFormValues("case-1", plan(status), "USD", "key")).toStrictEqual({
        caseId: "case-1",
        planId: "plan-1",
        version: 3,
        currency: "JPY",
        idempotencyKey: "key",
        items: [
          {
            type: "EDUCATION",
            description: "School fees",
            modality: "CASH",
            amount: "5000",
            plannedOn: "2026-09-01",
          },
        ],
      });
    },
  );

  it("after a rejection the editor starts a new plan", () => {
    expect(planFormValues("case-1", plan("REJECTED"), "USD", "key")).toMatchObject({
      planId: null,
      version: null,
      currency: "USD",
    });
  });

  it.each<PlanStatus>(["SUBMITTED", "AWAITING_SECOND_APPROVAL", "APPROVED"])(
    "a %s plan is locked: no editor",
    (status) => {
      expect(planFormValues("case-1", plan(status), "USD", "key")).toBeNull();
    },
  );
});
