"use server";

import { recordMonitoringVisit } from "@/lib/monitoring/record-monitoring-visit";
import { recordSustainabilitySurvey } from "@/lib/monitoring/record-sustainability-survey";
import { serverAction } from "@/lib/safe-action";
import { recordSurveySchema, recordVisitSchema } from "@/lib/validations/monitoring";

export const recordMonitoringVisitAction = serverAction({
  schema: recordVisitSchema,
  permission: "case:write",
  handler: recordMonitoringVisit,
});
export const recordSustainabilitySurveyAction = serverAction({
  schema: recordSurveySchema,
  permission: "case:write",
  handler: recordSustainabilitySurvey,
});
