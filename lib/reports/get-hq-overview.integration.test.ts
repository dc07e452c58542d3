import { beforeEach, describe, expect, it } from "vitest";

import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import { getHqOverview } from "@/lib/reports/get-hq-overview";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeProject,
  makeServices,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;
const year = 2025;

const makeCaseFor = (office: Office, beneficiaryId: string) =>
  makeCase(office, "AVR", { beneficiary: { id: beneficiaryId }, openedOn: "2024-06-01" });
const addService = (caseId: string, day: string) =>
  makeServices({ id: caseId }, ["COUNSELLING", day]);

// makeOffice adds an open-ended project from 2000; ending it in 2020 keeps it out of the year's count.
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
    await addService(
      (await makeCaseFor(office, (await makeBeneficiary(office.id)).id)).id,
      "2025-05-01",
    );
}

describe("getHqOverview", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("counts a person with two cases and three services in the year once, and not people served only outside the year", async () => {
    const office = await makeOffice("MEX");
    const hq = await makeUser("HQ", null);
    const twice = await makeBeneficiary(office.id);
    const first = await makeCaseFor(office, twice.id);
    const second = await makeCaseFor(office, twice.id);
    await addService(first.id, "2025-02-01");
    await addService(first.id, "2025-06-15");
    await addService(second.id, "2025-09-30");
    const previousYear = await makeBeneficiary(office.id);
    await addService((await makeCaseFor(office, previousYear.id)).id, "2024-12-31");
    const nextYear = await makeBeneficiary(office.id);
    await addService((await makeCaseFor(office, nextYear.id)).id, "2026-01-01");
    await crowd(office, 10);

    expect((await getHqOverview(hq, year)).migrantsAssisted).toBe(11);
  });

  it("counts services on the first and last day of the year", async () => {
    const office = await makeOffice("MEX");
    const admin = await makeUser("ADMIN", null);
    const january = await makeBeneficiary(office.id);
    await addService((await makeCaseFor(office, january.id)).id, "2025-01-01");
    const december = await makeBeneficiary(office.id);
    await addService((await makeCaseFor(office, december.id)).id, "2025-12-31");
    const noService = await makeBeneficiary(office.id);
    await makeCaseFor(office, noService.id);
    await crowd(office, 10);

    expect((await getHqOverview(admin, year)).migrantsAssisted).toBe(12);
  });

  it("counts a project ending on 1 January of the year, not one ending 31 December before nor one starting 1 January after", async () => {
    const office = await makeOffice("MEX");
    await endDefaultProject(office);
    const hq = await makeUser("HQ", null);
    await makeProject(office.id, "2024-01-01", "2025-01-01");
    await makeProject(office.id, "2024-01-01", "2024-12-31");
    await makeProject(office.id, "2026-01-01", null);

    expect((await getHqOverview(hq, year)).activeProjects).toBe(1);

    await makeProject(office.id, "2025-12-31", null);
    await makeProject(office.id, "2019-01-01", null);

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
      await addService(
        (await makeCaseFor(office, (await makeBeneficiary(office.id)).id)).id,
        "2025-03-01",
      );
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
