import { formatDay } from "@/lib/dates";
import { fromMinorUnits } from "@/lib/money/currency";
import type { PlanDetail } from "@/lib/review/plan-detail";
import { isEditable } from "@/lib/review/plan-workflow";
import type { SavePlanInput } from "@/lib/review/schemas";
import type { ReintegrationServiceType } from "@/lib/vocabulary";

type ItemType = ReintegrationServiceType;

// The editor's values: the plan's own when it may be edited, otherwise a new plan (there is
// none yet, or the last one was rejected). Null when the plan is locked.
export function planFormValues(
  caseId: string,
  plan: PlanDetail | null,
  defaultCurrency: string,
  idempotencyKey: string,
): SavePlanInput | null {
  if (plan && plan.status !== "REJECTED" && !isEditable(plan.status)) return null;
  if (!plan || plan.status === "REJECTED") {
    return {
      caseId,
      planId: null,
      version: null,
      currency: defaultCurrency,
      idempotencyKey,
      items: [
        { type: "SMALL_BUSINESS", description: "", modality: "IN_KIND", amount: "", plannedOn: "" },
      ],
    };
  }
  return {
    caseId,
    planId: plan.id,
    version: plan.version,
    currency: plan.currency,
    idempotencyKey,
    items: plan.items.map((item) => ({
      type: item.type as ItemType,
      description: item.description,
      modality: item.modality,
      amount: fromMinorUnits(item.amountMinor, item.currency),
      plannedOn: formatDay(item.plannedOn),
    })),
  };
}
