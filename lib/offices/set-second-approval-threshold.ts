import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toMinorUnits } from "@/lib/money/currency";
import { setSecondApprovalThresholdSchema } from "@/lib/offices/schemas";

// Plans of the office whose total exceeds this need a second supervisor's approval.
export async function setSecondApprovalThreshold(
  actor: Actor,
  input: z.output<typeof setSecondApprovalThresholdSchema>,
) {
  assertCan(actor, "office:manage");
  const hasThreshold = Boolean(input.amount && input.currency);
  return db.$transaction(async (tx) => {
    const { count } = await tx.office.updateMany({
      where: { id: input.officeId },
      data: {
        secondApprovalMinor: hasThreshold ? toMinorUnits(input.amount, input.currency) : null,
        secondApprovalCurrency: hasThreshold ? input.currency : null,
      },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "office.second-approval",
      entityType: "office",
      entityId: input.officeId,
      officeId: input.officeId,
      changedFields: ["secondApprovalMinor", "secondApprovalCurrency"],
    });
    return { id: input.officeId };
  });
}
