import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { addServiceAction, changeCaseStatusAction, updateCaseAction } from "@/lib/cases/actions";
import { getCaseTimeline } from "@/lib/cases/get-case-timeline";
import { AppError } from "@/lib/errors";
import { executeAction } from "@/lib/safe-action";
import {
  avrCaseInput,
  makeBeneficiary,
  makeOffice,
  makeUser,
  openCase,
  resetDatabase,
  serviceInput,
  statusInput,
  unwrap,
  updateInputFrom,
  type Input,
} from "@/lib/testing/kit";

const openedFields = [
  "kind",
  "migrantCategory",
  "returnCountry",
  "plannedDepartureOn",
  "travelDetails",
  "beneficiaryId",
  "projectId",
  "openedOn",
];

describe("getCaseTimeline", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let supervisor: Actor;
  let refsA: { beneficiaryId: string; projectId: string };
  let avrInput: Input;
  let avr: { id: string; ref: string };

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", officeA.id);
    supervisor = await makeUser("SUPERVISOR", officeA.id);
    refsA = { beneficiaryId: (await makeBeneficiary(officeA.id)).id, projectId: officeA.projectId };
    avrInput = avrCaseInput(refsA, { openedOn: "2026-03-02" });
    avr = await openCase(caseworker, avrInput);
  });

  it("after open, status change, service and update: lists those four newest first, with actor names and the status change's from/to", async () => {
    unwrap(
      await executeAction(
        changeCaseStatusAction.definition,
        supervisor,
        statusInput(avr.id, 1, "COUNSELLING", "2026-03-05", "Started counselling"),
      ),
    );
    unwrap(
      await executeAction(
        addServiceAction.definition,
        caseworker,
        serviceInput(avr.id, { deliveredOn: "2026-03-06" }),
      ),
    );
    unwrap(
      await executeAction(
        updateCaseAction.definition,
        supervisor,
        updateInputFrom(avrInput, avr.id, 2, { travelDetails: "Bus" }),
      ),
    );

    const timeline = await getCaseTimeline(caseworker, avr.id);

    expect(timeline).toStrictEqual([
      {
        at: expect.any(Date),
        action: "case.update",
        actorName: "SUPERVISOR user",
        changedFields: ["travelDetails"],
      },
      {
        at: expect.any(Date),
        action: "service.add",
        actorName: "CASEWORKER user",
        changedFields: ["type", "deliveredOn"],
      },
      {
        at: expect.any(Date),
        action: "case.status-change",
        actorName: "SUPERVISOR user",
        changedFields: ["status"],
        fromStatus: "OPEN",
        toStatus: "COUNSELLING",
        reason: "Started counselling",
        effectiveOn: new Date("2026-03-05T00:00:00.000Z"),
      },
      {
        at: expect.any(Date),
        action: "case.open",
        actorName: "CASEWORKER user",
        changedFields: openedFields,
      },
    ]);
    const times = timeline.map((entry) => entry.at.getTime());
    expect(times).toStrictEqual([...times].sort((a, b) => b - a));
  });

  it("pairs each status entry with its own change across close and reopen", async () => {
    unwrap(
      await executeAction(
        changeCaseStatusAction.definition,
        caseworker,
        statusInput(avr.id, 1, "COUNSELLING", "2026-03-05"),
      ),
    );
    unwrap(
      await executeAction(
        changeCaseStatusAction.definition,
        supervisor,
        statusInput(avr.id, 2, "CLOSED", "2026-03-20", "No contact"),
      ),
    );
    unwrap(
      await executeAction(
        changeCaseStatusAction.definition,
        caseworker,
        statusInput(avr.id, 3, "COUNSELLING", "2026-04-01", "Called back"),
      ),
    );

    const timeline = await getCaseTimeline(supervisor, avr.id);

    expect(
      timeline.map(({ action, actorName, changedFields, fromStatus, toStatus, reason }) => ({
        action,
        actorName,
        changedFields,
        fromStatus,
        toStatus,
        reason,
      })),
    ).toStrictEqual([
      {
        action: "case.reopen",
        actorName: "CASEWORKER user",
        changedFields: ["status", "closedOn"],
        fromStatus: "CLOSED",
        toStatus: "COUNSELLING",
        reason: "Called back",
      },
      {
        action: "case.status-change",
        actorName: "SUPERVISOR user",
        changedFields: ["status", "closedOn"],
        fromStatus: "COUNSELLING",
        toStatus: "CLOSED",
        reason: "No contact",
      },
      {
        action: "case.status-change",
        actorName: "CASEWORKER user",
        changedFields: ["status"],
        fromStatus: "OPEN",
        toStatus: "COUNSELLING",
        reason: null,
      },
      {
        action: "case.open",
        actorName: "CASEWORKER user",
        changedFields: openedFields,
        fromStatus: undefined,
        toStatus: undefined,
        reason: undefined,
      },
    ]);
  });

  it("holds only this case's entries, not those of another case of the same office", async () => {
    const other = await openCase(caseworker, avrCaseInput(refsA));
    unwrap(await executeAction(addServiceAction.definition, caseworker, serviceInput(other.id)));

    const timeline = await getCaseTimeline(caseworker, avr.id);

    expect(timeline.map((entry) => entry.action)).toStrictEqual(["case.open"]);
  });

  it("gives [] for another office's case, and for a case that does not exist", async () => {
    const officeB = await makeOffice("GTM");
    const caseworkerB = await makeUser("CASEWORKER", officeB.id);

    expect(await getCaseTimeline(caseworkerB, avr.id)).toStrictEqual([]);
    expect(await getCaseTimeline(caseworker, randomUUID())).toStrictEqual([]);
    expect(await getCaseTimeline(caseworker, avr.id)).toHaveLength(1);
  });

  it.each(["HQ", "ADMIN"] as const)("refuses %s with AppError FORBIDDEN", async (role) => {
    const actor = await makeUser(role, null);

    await expect(getCaseTimeline(actor, avr.id)).rejects.toStrictEqual(new AppError("FORBIDDEN"));
  });
});
