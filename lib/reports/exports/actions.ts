"use server";

import {
  requestExportSchema,
  requestReportExport,
} from "@/lib/reports/exports/request-report-export";
import { serverAction } from "@/lib/safe-action";

export const requestReportExportAction = serverAction({
  schema: requestExportSchema,
  permission: "report:export",
  handler: requestReportExport,
});
