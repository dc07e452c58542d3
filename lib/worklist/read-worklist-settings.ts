import "server-only";

import type { DbOrTx } from "@/lib/db";
import { DEFAULT_MONITORING_MONTHS, type WorklistSettings } from "@/lib/worklist/worklist-item";

// The office's settings for what falls due; a list left empty (NULL) means the default.
export async function readWorklistSettings(
  client: DbOrTx,
  officeId: string,
): Promise<WorklistSettings> {
  const office = await client.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { monitoringMonths: true, surveyMonths: true, inactivityDays: true },
  });
  return {
    monitoringMonths: office.monitoringMonths ?? DEFAULT_MONITORING_MONTHS,
    surveyMonths: office.surveyMonths,
    inactivityDays: office.inactivityDays,
  };
}
