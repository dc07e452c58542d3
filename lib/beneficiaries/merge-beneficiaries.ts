import "server-only";

import type { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import {
  bumpBeneficiaryVersion,
  loadBeneficiaryForWrite,
} from "@/lib/beneficiaries/load-beneficiary-for-write";
import type { mergeBeneficiariesSchema } from "@/lib/beneficiaries/schemas";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { moveMergedMembership } from "@/lib/households/move-merged-membership";
import { once } from "@/lib/idempotency";

type Stored = Awaited<ReturnType<typeof loadBeneficiaryForWrite>>;

// What the survivor lacks and the other record knows. The survivor's own values always win
// (the tombstone keeps the other's until both are anonymised); consent moves only as a whole.
function gapsFilled(survivor: Stored, merged: Stored) {
  const filled: Partial<Stored> = {};
  if (!survivor.birthDate && merged.birthDate) {
    filled.birthDate = merged.birthDate;
    filled.isBirthDateEstimated = merged.isBirthDateEstimated;
  }
  for (const field of ["nationality", "phone", "contactEmail", "address"] as const) {
    if (!survivor[field] && merged[field]) filled[field] = merged[field];
  }
  if (!survivor.hasConsent && merged.hasConsent) {
    filled.hasConsent = true;
    filled.consentDate = merged.consentDate;
    filled.consentPurpose = merged.consentPurpose;
  }
  if (survivor.sex === "U" && merged.sex !== "U") filled.sex = merged.sex;
  return filled;
}

// Every case of the merged record, in any office, moves to the survivor (a database function:
// a handed-over case is another office's row, out of reach under row-level security). The
// report's summaries follow through the triggers on `cases`, so the person counts once.
async function moveCases(tx: Tx, mergedId: string, survivorId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ moved: number | null }[]>`
    SELECT passage_move_merged_cases(${mergedId}::uuid, ${survivorId}::uuid) AS moved`;
  const moved = row?.moved ?? null;
  // Both records were just read as live records of the office: someone merged one meanwhile.
  if (moved === null) throw new AppError("CONFLICT");
  if (moved < 0) throw new AppError("VALIDATION", { _form: ["mergedCaseOnLegalHold"] });
  return moved;
}

// Two records of the same person of the supervisor's office become one. The merged record
// stays as a tombstone naming the survivor (old links lead there); records merged into it
// before now name the survivor too, so a link never takes more than one step.
export async function mergeBeneficiaries(
  actor: Actor,
  input: z.output<typeof mergeBeneficiariesSchema>,
) {
  assertCan(actor, "beneficiary:merge");
  if (input.survivorId === input.mergedId)
    throw new AppError("VALIDATION", { mergedId: ["mergeIntoItself"] });
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "beneficiary.merge" },
      async () => {
        const survivor = await loadBeneficiaryForWrite(
          tx,
          actor,
          input.survivorId,
          input.survivorVersion,
        );
        const merged = await loadBeneficiaryForWrite(
          tx,
          actor,
          input.mergedId,
          input.mergedVersion,
        );
        const movedCases = await moveCases(tx, merged.id, survivor.id);
        const household = await moveMergedMembership(tx, merged.id, survivor.id);
        const filled = gapsFilled(survivor, merged);
        await bumpBeneficiaryVersion(tx, survivor.id, survivor.version, filled);
        await bumpBeneficiaryVersion(tx, merged.id, merged.version, {
          mergedIntoId: survivor.id,
          mergedAt: new Date(),
        });
        await tx.beneficiary.updateMany({
          where: { mergedIntoId: merged.id, officeId: survivor.officeId },
          data: { mergedIntoId: survivor.id },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "beneficiary.merge",
          entityType: "beneficiary",
          entityId: survivor.id,
          officeId: survivor.officeId,
          changedFields: Object.keys(filled),
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "beneficiary.merged-into",
          entityType: "beneficiary",
          entityId: merged.id,
          officeId: merged.officeId,
          changedFields: [
            "mergedIntoId",
            "mergedAt",
            ...(household === "none" ? [] : [`household.${household}`]),
          ],
        });
        return { survivorId: survivor.id, movedCases };
      },
    ),
  );
}
