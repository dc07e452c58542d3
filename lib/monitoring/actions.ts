"use server";

import { recordMonitoringVisit } from "@/lib/monitoring/record-monitoring-visit";
import { recordSustainabilitySurvey } from "@/lib/monitoring/record-sustainability-survey";
import {
  recordMonitoringVisitSchema,
  recordSustainabilitySurveySchema,
} from "@/lib/monitoring/schemas";
import { serverAction } from "@/lib/safe-action";

export const recordMonitoringVisitAction = serverAction({
  schema: recordMonitoringVisitSchema,
  permission: "case:write",
  handler: recordMonitoringVisit,
});
export const recordSustainabilitySurveyAction = serverAction({
  schema: recordSustainabilitySurveySchema,
  permission: "case:write",
  handler: recordSustainabilitySurvey,
});
