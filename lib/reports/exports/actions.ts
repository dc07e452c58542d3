import "server-only";

import { defineAction } from "@/lib/safe-action";

import { requestExportSchema, requestReportExport } from "./request-report-export";

export const requestExportAction = defineAction({
  schema: requestExportSchema,
  permission: "report:export",
  handler: requestReportExport,
});
