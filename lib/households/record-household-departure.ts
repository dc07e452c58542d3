import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordService } from "@/lib/cases/add-service";
import { changeCaseStatus } from "@/lib/cases/change-case-status";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { loadHouseholdForWrite } from "@/lib/households/load-household-for-write";
import type { RecordHouseholdDepartureInput } from "@/lib/households/schemas";
import { once } from "@/lib/idempotency";

// The household's departure, recorded once for the chosen members' AVR cases: each case
// moves to DEPARTED through the same workflow rule and version check as a single status
// change (lib/cases/change-case-status.ts), with its own status history and audit entry,
// and, when asked, its return travel as a service on the day (the annual report counts a
// return by that service). All cases or none: one refusal rolls back every case, and names
// the case it was about by its reference.
export async function recordHouseholdDeparture(actor: Actor, input: RecordHouseholdDepartureInput) {
  assertCan(actor, "case:write");
  const departedOn = toDay(input.departedOn);
  return db.$transaction((tx) =>
    once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "household.depart" },
      async () => {
        const household = await loadHouseholdForWrite(tx, actor, input.householdId);
        const memberIds = new Set(household.members.map((member) => member.beneficiaryId));
        const departed: { id: string; version: number }[] = [];
        for (const { caseId, version } of input.cases) {
          const current = await loadCaseForWrite(tx, actor, caseId, version);
          if (current.kind !== "AVR" || !memberIds.has(current.beneficiaryId))
            throw new AppError("VALIDATION", { cases: ["notAHouseholdCase"] });
          const ref = await tx.case.findUniqueOrThrow({
            where: { id: caseId },
            select: { ref: true },
          });
          try {
            const changed = await changeCaseStatus(
              actor,
              {
                caseId,
                version,
                toStatus: "DEPARTED",
                effectiveOn: input.departedOn,
                reason: null,
              },
              tx,
            );
            if (input.recordReturnTravel)
              await recordService(tx, actor, current, {
                type: "RETURN_TRAVEL",
                deliveredOn: departedOn,
                provider: null,
                note: null,
                amountMinor: null,
                currency: null,
              });
            departed.push({ id: changed.id, version: changed.version });
          } catch (error) {
            // Name the case a workflow rule refused; a conflict stays a conflict (reload).
            if (!isAppError(error) || error.code !== "VALIDATION") throw error;
            const [reason = "invalidChoice"] = Object.values(error.fieldErrors ?? {}).flat();
            throw new AppError("VALIDATION", {
              _form: [`householdCaseRefused?${new URLSearchParams({ ref: ref.ref, reason })}`],
            });
          }
        }
        return { householdId: household.id, cases: departed };
      },
    ),
  );
}
