import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import { getHqOverview } from "@/lib/reports/get-hq-overview";
import { makeOffice, makeUser } from "@/lib/testing/factories";
import { resetDatabase } from "@/lib/testing/reset-database";

type Office = Awaited<ReturnType<typeof makeOffice>>;
const year = 2025;
const tag = () => randomUUID().slice(0, 8).toUpperCase();

async function makePerson(office: Office) {
  return db.beneficiary.create({
    data: {
      ref: `B-${tag()}`,
      officeId: office.id,
      givenName: "Test",
      familyName: "Person",
      sex: "M",
    },
  });
}

async function makeCaseFor(office: Office, beneficiaryId: string) {
  return db.case.create({
    data: {
      ref: `C-${tag()}`,
      beneficiaryId,
      kind: "AVR",
      officeId: office.id,
      projectId: office.projectId,
      status: "OPEN",
      openedOn: toDay("2024-06-01"),
      migrantCategory: "OTHER",
    },
  });
}

async function addService(caseId: string, day: string) {
  await db.service.create({ data: { caseId, type: "COUNSELLING", deliveredOn: toDay(day) } });
}

async function makeProject(office: Office, startDate: string, endDate: string | null) {
  await db.project.create({
    data: {
      code: `P-${tag()}`,
      title: "Project",
      officeId: office.id,
      startDate: toDay(startDate),
      endDate: endDate ? toDay(endDate) : null,
    },
  });
}

// makeOffice adds an open-ended project from 2020; ending it in 2020 keeps it out of the year's count.
async function endDefaultProject(office: Office) {
  await db.project.update({
    where: { id: office.projectId },
    data: { endDate: toDay("2020-12-31") },
  });
}

// People assisted in the year, so that the world holds the k = 10 people disclosure control
// asks before its population is shown.
async function crowd(office: Office, n: number) {
  for (let index = 0; index < n; index++)
    await addService((await makeCaseFor(office, (await makePerson(office)).id)).id, "2025-05-01");
}

describe("getHqOverview", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("counts a person with two cases and three services in the year once, and not people served only outside the year", async () => {
    const office = await makeOffice("MEX");
    const hq = await makeUser("HQ", null);
    const twice = await makePerson(office);
    const first = await makeCaseFor(office, twice.id);
    const second = await makeCaseFor(office, twice.id);
    await addService(first.id, "2025-02-01");
    await addService(first.id, "2025-06-15");
    await addService(second.id, "2025-09-30");
    const previousYear = await makePerson(office);
    await addService((await makeCaseFor(office, previousYear.id)).id, "2024-12-31");
    const nextYear = await makePerson(office);
    await addService((await makeCaseFor(office, nextYear.id)).id, "2026-01-01");
    await crowd(office, 10);

    expect((await getHqOverview(hq, year)).migrantsAssisted).toBe(11);
  });

  it("counts services on the first and last day of the year", async () => {
    const office = await makeOffice("MEX");
    const admin = await makeUser("ADMIN", null);
    const january = await makePerson(office);
    await addService((await makeCaseFor(office, january.id)).id, "2025-01-01");
    const december = await makePerson(office);
    await addService((await makeCaseFor(office, december.id)).id, "2025-12-31");
    const noService = await makePerson(office);
    await makeCaseFor(office, noService.id);
    await crowd(office, 10);

    expect((await getHqOverview(admin, year)).migrantsAssisted).toBe(12);
  });

  it("counts a project ending on 1 January of the year, not one ending 31 December before nor one starting 1 January after", async () => {
    const office = await makeOffice("MEX");
    await endDefaultProject(office);
    const hq = await makeUser("HQ", null);
    await makeProject(office, "2024-01-01", "2025-01-01");
    await makeProject(office, "2024-01-01", "2024-12-31");
    await makeProject(office, "2026-01-01", null);

    expect((await getHqOverview(hq, year)).activeProjects).toBe(1);

    await makeProject(office, "2025-12-31", null);
    await makeProject(office, "2019-01-01", null);

    expect((await getHqOverview(hq, year)).activeProjects).toBe(3);
  });

  it("counts distinct host countries of the offices with an active project", async () => {
    const mexico1 = await makeOffice("MEX");
    const mexico2 = await makeOffice("MEX");
    const guatemala = await makeOffice("GTM");
    const france = await makeOffice("FRA");
    await endDefaultProject(france);
    const hq = await makeUser("HQ", null);

    const overview = await getHqOverview(hq, year);

    expect([mexico1.hostCountry, mexico2.hostCountry, guatemala.hostCountry]).toEqual([
      "MEX",
      "MEX",
      "GTM",
    ]);
    expect(overview).toMatchObject({ year, offices: 4, activeProjects: 3, hostCountries: 2 });
  });

  it("shows the annual report's own figures for the year", async () => {
    const [mexico, france] = [await makeOffice("MEX"), await makeOffice("FRA")];
    await endDefaultProject(france);
    const hq = await makeUser("HQ", null);
    for (const office of [mexico, mexico, france])
      await addService((await makeCaseFor(office, (await makePerson(office)).id)).id, "2025-03-01");
    await crowd(mexico, 10);
    await crowd(france, 10);

    const [overview, report] = [
      await getHqOverview(hq, year),
      await computeAnnualReport(db, { year }),
    ];

    expect(overview).toMatchObject({ migrantsAssisted: 23, activeProjects: 1, hostCountries: 1 });
    expect(overview).toMatchObject({
      migrantsAssisted: report.migrantsAssisted,
      activeProjects: report.activeProjects,
      hostCountries: report.hostCountries,
    });
  });

  it("returns all zeros for an empty database, and no population (fewer than k people)", async () => {
    const hq = await makeUser("HQ", null);

    expect(await getHqOverview(hq, year)).toEqual({
      year,
      offices: 0,
      activeProjects: 0,
      hostCountries: 0,
      openCases: 0,
      migrantsAssisted: null,
    });
  });

  it.each(["CASEWORKER", "SUPERVISOR"] as const)(
    "refuses a %s with AppError FORBIDDEN",
    async (role) => {
      const office = await makeOffice("MEX");
      const actor = await makeUser(role, office.id);

      const error = await getHqOverview(actor, year).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
    },
  );
});
