"use server";

import {
  deliverPlanItemAction,
  recordSurveyAction,
  recordVisitAction,
  savePlanAction,
  submitPlanAction,
} from "@/lib/review/actions";
import { runAction } from "@/lib/safe-action";

export async function savePlan(input: unknown) {
  return runAction(savePlanAction, input);
}

export async function submitPlan(input: unknown) {
  return runAction(submitPlanAction, input);
}

export async function deliverPlanItem(input: unknown) {
  return runAction(deliverPlanItemAction, input);
}

export async function recordMonitoringVisit(input: unknown) {
  return runAction(recordVisitAction, input);
}

export async function recordSustainabilitySurvey(input: unknown) {
  return runAction(recordSurveyAction, input);
}
