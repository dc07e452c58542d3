import "server-only";

import { markInboxRead } from "@/lib/inbox/mark-inbox-read";
import { recordMonitoringVisit } from "@/lib/monitoring/record-monitoring-visit";
import { recordSustainabilitySurvey } from "@/lib/monitoring/record-sustainability-survey";
import { decidePlan } from "@/lib/review/decide-plan";
import { deliverPlanItem } from "@/lib/review/deliver-plan-item";
import { savePlan } from "@/lib/review/save-plan";
import { submitPlan } from "@/lib/review/submit-plan";
import { defineAction } from "@/lib/safe-action";
import { markInboxReadSchema } from "@/lib/validations/inbox";
import { recordSurveySchema, recordVisitSchema } from "@/lib/validations/monitoring";
import {
  decidePlanSchema,
  deliverPlanItemSchema,
  savePlanSchema,
  submitPlanSchema,
} from "@/lib/validations/plan";

// Reintegration review: the form's schema, the permission, the domain function.
export const savePlanAction = defineAction({
  schema: savePlanSchema,
  permission: "plan:draft",
  handler: savePlan,
});
export const submitPlanAction = defineAction({
  schema: submitPlanSchema,
  permission: "plan:draft",
  handler: submitPlan,
});
export const decidePlanAction = defineAction({
  schema: decidePlanSchema,
  permission: "plan:review",
  handler: decidePlan,
});
export const deliverPlanItemAction = defineAction({
  schema: deliverPlanItemSchema,
  permission: "plan:deliver",
  handler: deliverPlanItem,
});
export const recordVisitAction = defineAction({
  schema: recordVisitSchema,
  permission: "case:write",
  handler: recordMonitoringVisit,
});
export const recordSurveyAction = defineAction({
  schema: recordSurveySchema,
  permission: "case:write",
  handler: recordSustainabilitySurvey,
});
export const markInboxReadAction = defineAction({
  schema: markInboxReadSchema,
  permission: "inbox:read",
  handler: markInboxRead,
});
