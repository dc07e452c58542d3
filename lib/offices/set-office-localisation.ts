import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setOfficeLocalisationSchema } from "@/lib/offices/schemas";

// The office's default language and the time zone its users' times are shown in.
export async function setOfficeLocalisation(
  actor: Actor,
  input: z.output<typeof setOfficeLocalisationSchema>,
) {
  assertCan(actor, "office:manage");
  return db.$transaction(async (tx) => {
    const { count } = await tx.office.updateMany({
      where: { id: input.officeId },
      data: { defaultLocale: input.defaultLocale, timeZone: input.timeZone },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "office.localisation",
      entityType: "office",
      entityId: input.officeId,
      officeId: input.officeId,
      changedFields: ["defaultLocale", "timeZone"],
    });
    return { id: input.officeId };
  });
}
