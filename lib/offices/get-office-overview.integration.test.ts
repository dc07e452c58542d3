import { beforeEach, describe, expect, it } from "vitest";

import { addDays, formatDay, today } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOfficeOverview } from "@/lib/offices/get-office-overview";
import { makeCase, makeOffice, makeServices, makeUser, resetDatabase } from "@/lib/testing/kit";

async function closeCase(caseId: string) {
  await db.case.update({ where: { id: caseId }, data: { status: "CLOSED", closedOn: today() } });
}

async function addService(caseId: string, daysAgo: number) {
  await makeServices({ id: caseId }, ["COUNSELLING", formatDay(addDays(today(), -daysAgo))]);
}

describe("getOfficeOverview", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let officeB: Awaited<ReturnType<typeof makeOffice>>;

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
  });

  it("counts only the actor's office's open cases, excluding closed ones", async () => {
    const avr = await makeCase(officeA, "AVR");
    const vot = await makeCase(officeA, "VOT");
    const closed = await makeCase(officeA, "REINTEGRATION");
    await closeCase(closed.id);
    await makeCase(officeB, "AVR");
    await makeCase(officeB, "REINTEGRATION");
    await makeCase(officeB, "REINTEGRATION");
    const caseworker = await makeUser("CASEWORKER", officeA.id);

    const overview = await getOfficeOverview(caseworker);

    expect(overview.office).toEqual({ code: officeA.code, name: officeA.name });
    expect(overview.openCases).toBe(2);
    expect(overview.byKind).toEqual([
      { kind: "AVR", count: 1 },
      { kind: "VOT", count: 1 },
    ]);
    expect(overview.byStatus).toEqual([
      { status: "OPEN", count: 1 },
      { status: "IDENTIFIED", count: 1 },
    ]);
    expect(overview.recentCases.map((row) => row.id).sort()).toEqual([avr.id, vot.id].sort());
  });

  it("lists the five most recently opened cases newest first: by opening day, then time of entry", async () => {
    const cases = [];
    for (let index = 0; index < 7; index += 1) cases.push(await makeCase(officeA));
    // 2-6 opened today, entered in that order; 0 and 1 opened on earlier days but were
    // entered last (recorded late), so the opening day must come before the time of entry.
    const entered = (index: number) =>
      new Date(Date.UTC(2026, 0, 3, 9, index < 2 ? index + 10 : index));
    for (const [index, row] of cases.entries())
      await db.case.update({
        where: { id: row.id },
        data: {
          createdAt: entered(index),
          openedOn:
            index === 0 ? addDays(today(), -3) : index === 1 ? addDays(today(), -1) : today(),
        },
      });
    const caseworker = await makeUser("CASEWORKER", officeA.id);

    const overview = await getOfficeOverview(caseworker);

    expect(overview.recentCases.map((row) => row.id)).toEqual(
      [cases[6], cases[5], cases[4], cases[3], cases[2]].map((row) => row!.id),
    );
  });

  it("counts services of the last 30 days for the actor's office only", async () => {
    const ownCase = await makeCase(officeA);
    const ownClosed = await makeCase(officeA);
    const otherCase = await makeCase(officeB);
    await addService(ownCase.id, 0);
    await addService(ownCase.id, 30);
    await addService(ownCase.id, 31);
    await addService(ownClosed.id, 3);
    await addService(otherCase.id, 1);
    await addService(otherCase.id, 2);
    const supervisor = await makeUser("SUPERVISOR", officeA.id);

    const overview = await getOfficeOverview(supervisor);

    // today, 30 days ago and 3 days ago (services on a closed case still count); not 31 days ago, not office B.
    expect(overview.servicesLast30).toBe(3);
  });

  it("gives office B's caseworker office B's numbers, not office A's", async () => {
    await makeCase(officeA);
    await makeCase(officeA);
    const caseB = await makeCase(officeB, "VOT");
    await addService(caseB.id, 5);
    const caseworker = await makeUser("CASEWORKER", officeB.id);

    const overview = await getOfficeOverview(caseworker);

    expect(overview.openCases).toBe(1);
    expect(overview.byKind).toEqual([{ kind: "VOT", count: 1 }]);
    expect(overview.servicesLast30).toBe(1);
    expect(overview.recentCases.map((row) => row.id)).toEqual([caseB.id]);
  });

  it("returns zeros for an office without cases", async () => {
    await makeCase(officeB);
    const caseworker = await makeUser("CASEWORKER", officeA.id);

    expect(await getOfficeOverview(caseworker)).toEqual({
      office: { code: officeA.code, name: officeA.name },
      openCases: 0,
      byKind: [],
      byStatus: [],
      servicesLast30: 0,
      recentCases: [],
    });
  });

  it.each(["HQ", "ADMIN"] as const)("refuses %s with AppError FORBIDDEN", async (role) => {
    const actor = await makeUser(role, null);

    const error = await getOfficeOverview(actor).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });
});
