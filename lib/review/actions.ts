"use server";

import { decidePlan } from "@/lib/review/decide-plan";
import { deliverPlanItem } from "@/lib/review/deliver-plan-item";
import { savePlan } from "@/lib/review/save-plan";
import {
  decidePlanSchema,
  deliverPlanItemSchema,
  savePlanSchema,
  submitPlanSchema,
} from "@/lib/review/schemas";
import { submitPlan } from "@/lib/review/submit-plan";
import { serverAction } from "@/lib/safe-action";

// Reintegration plans: drafted by a caseworker, reviewed by a supervisor, then delivered.
export const savePlanAction = serverAction({
  schema: savePlanSchema,
  permission: "plan:draft",
  handler: savePlan,
});
export const submitPlanAction = serverAction({
  schema: submitPlanSchema,
  permission: "plan:draft",
  handler: submitPlan,
});
export const decidePlanAction = serverAction({
  schema: decidePlanSchema,
  permission: "plan:review",
  handler: decidePlan,
  revalidate: "/review",
});
export const deliverPlanItemAction = serverAction({
  schema: deliverPlanItemSchema,
  permission: "plan:deliver",
  handler: deliverPlanItem,
});
