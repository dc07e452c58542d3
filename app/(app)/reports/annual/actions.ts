"use server";

import { requestExportAction } from "@/lib/reports/exports/actions";
import { runAction } from "@/lib/safe-action";

export async function requestExport(input: unknown) {
  return runAction(requestExportAction, input);
}
