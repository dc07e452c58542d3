import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setWorklistSettingsSchema } from "@/lib/worklist/schemas";

// An admin sets what falls due in an office's worklists; the change and its audit entry are
// one write.
export async function setWorklistSettings(
  actor: Actor,
  input: z.output<typeof setWorklistSettingsSchema>,
) {
  assertCan(actor, "office:manage");
  return db.$transaction(async (tx) => {
    const { count } = await tx.office.updateMany({
      where: { id: input.officeId },
      data: {
        monitoringMonths: input.monitoringMonths,
        surveyMonths: input.surveyMonths,
        inactivityDays: input.inactivityDays,
      },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "office.worklist-settings",
      entityType: "office",
      entityId: input.officeId,
      officeId: input.officeId,
      changedFields: ["monitoringMonths", "surveyMonths", "inactivityDays"],
    });
    return { id: input.officeId };
  });
}
