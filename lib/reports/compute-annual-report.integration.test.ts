import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeProject,
  makeServices,
  resetDatabase,
} from "@/lib/testing/kit";

import { computeAnnualReport } from "./compute-annual-report";

const report = (
  year = 2012,
  filter: { office?: string; hostCountry?: string; region?: string } = {},
) => computeAnnualReport(db, { year, ...filter });

beforeEach(resetDatabase);

describe("people assisted", () => {
  it("counts a person with two cases with services in the year once", async () => {
    const mex = await makeOffice("MEX");
    const migrant = await makeBeneficiary(mex.id);
    await makeServices(await makeCase(mex, "AVR", { beneficiary: migrant }), [
      "COUNSELLING",
      "2012-02-01",
    ]);
    await makeServices(await makeCase(mex, "REINTEGRATION", { beneficiary: migrant }), [
      "EMPLOYMENT",
      "2012-05-01",
    ]);
    const figures = await report();
    expect(figures.migrantsAssisted).toBe(1);
    expect(figures.avr.assisted).toBe(1);
    expect(figures.reintegrationServices).toBe(1);
  });

  it("counts only services dated in the year, and compares with the previous year", async () => {
    const mex = await makeOffice("MEX");
    for (const day of ["2011-12-31", "2011-06-01", "2012-01-01", "2013-01-01"]) {
      await makeServices(await makeCase(mex, "AVR"), ["COUNSELLING", day]);
    }
    const figures = await report();
    expect(figures.migrantsAssisted).toBe(1);
    expect(figures.migrantsAssistedPrevYear).toBe(2);
    expect(figures.changeVsPrevYearPct).toBe(-50);
    expect(figures.counsellingSessions).toBe(1);
    expect(figures.counsellingSessionsPrevYear).toBe(2);
  });

  it("takes age on the date of the first service of the year", async () => {
    const mex = await makeOffice("MEX");
    // Turns 18 on 2012-06-15: a child on the first service (March), an adult on the second.
    const turning = await makeBeneficiary(mex.id, { birthDate: "1994-06-15" });
    await makeServices(
      await makeCase(mex, "AVR", { beneficiary: turning }),
      ["COUNSELLING", "2012-08-01"],
      ["COUNSELLING", "2012-03-01"],
    );
    // 18 on 2012-01-01 already: an adult.
    await makeServices(
      await makeCase(mex, "AVR", {
        beneficiary: await makeBeneficiary(mex.id, { birthDate: "1994-01-01" }),
      }),
      ["COUNSELLING", "2012-02-01"],
    );
    await makeServices(
      await makeCase(mex, "AVR", {
        beneficiary: await makeBeneficiary(mex.id, { birthDate: null }),
      }),
      ["COUNSELLING", "2012-02-01"],
    );
    const figures = await report();
    expect(figures.age).toEqual({ adults: 1, children: 1, unknown: 1, adultPct: 50, childPct: 50 });
  });

  it("computes male and female shares of M+F only, rounding 12.5 % half away from zero", async () => {
    const mex = await makeOffice("MEX");
    const sexes = ["F", "M", "M", "M", "M", "M", "M", "M", "X", "U"] as const;
    for (const sex of sexes)
      await makeServices(
        await makeCase(mex, "AVR", { beneficiary: await makeBeneficiary(mex.id, { sex }) }),
        ["COUNSELLING", "2012-02-01"],
      );
    const figures = await report();
    expect(figures.sex).toEqual({
      male: 7,
      female: 1,
      other: 1,
      unknown: 1,
      malePct: 88,
      femalePct: 13,
    });
  });

  it("counts distinct non-blank nationalities as countries of origin", async () => {
    const mex = await makeOffice("MEX");
    for (const nationality of ["HND", "HND", "GTM", null]) {
      await makeServices(
        await makeCase(mex, "AVR", { beneficiary: await makeBeneficiary(mex.id, { nationality }) }),
        ["COUNSELLING", "2012-02-01"],
      );
    }
    expect((await report()).countriesOfOrigin).toBe(2);
  });
});

describe("projects", () => {
  it("counts a project ending on 1 January as active that year, and one ending on 31 December before as not", async () => {
    const mex = await makeOffice("MEX"); // its own project runs from 2000 with no end
    await makeProject(mex.id, "2010-01-01", "2012-01-01");
    await makeProject(mex.id, "2010-01-01", "2011-12-31");
    await makeProject(mex.id, "2012-12-31", null);
    await makeProject(mex.id, "2013-01-01", null);
    const deu = await makeOffice("DEU");
    await db.project.updateMany({
      where: { officeId: deu.id },
      data: { endDate: new Date("2005-01-01") },
    });
    const figures = await report();
    expect(figures.activeProjects).toBe(3);
    expect(figures.hostCountries).toBe(1);
  });
});

describe("victims of trafficking", () => {
  it("gives each exploitation type's share of all VoTs, so multi-type VoTs make shares sum past 100", async () => {
    const mex = await makeOffice("MEX");
    const cases = [["FORCED_LABOUR", "SEXUAL"], ["SEXUAL"], ["OTHER"]] as const;
    for (const types of cases)
      await makeServices(
        await makeCase(mex, "VOT", { exploitationTypes: [...types], identifiedOn: "2012-01-01" }),
        ["SHELTER", "2012-04-01"],
      );
    const figures = await report();
    expect(figures.vot.assisted).toBe(3);
    expect(figures.vot.exploitation.FORCED_LABOUR.pct).toBe(33);
    expect(figures.vot.exploitation.SEXUAL.pct).toBe(67);
    expect(figures.vot.exploitation.OTHER.pct).toBe(33);
  });

  it("computes the change in points from unrounded shares of both years", async () => {
    const mex = await makeOffice("MEX");
    // 2011: 1 of 3 sexual (33.3 %); 2012: 1 of 4 (25 %): -8.33 points -> -8.
    for (const [types, day] of [
      [["SEXUAL"], "2011-03-01"],
      [["OTHER"], "2011-03-01"],
      [["OTHER"], "2011-03-01"],
      [["SEXUAL"], "2012-03-01"],
      [["OTHER"], "2012-03-01"],
      [["OTHER"], "2012-03-01"],
      [["OTHER"], "2012-03-01"],
    ] as const) {
      await makeServices(
        await makeCase(mex, "VOT", { exploitationTypes: [...types], identifiedOn: "2011-01-01" }),
        ["SHELTER", day],
      );
    }
    const sexual = (await report()).vot.exploitation.SEXUAL;
    expect(sexual).toEqual({ count: 1, pct: 25, prevPct: 33, changePoints: -8 });
  });

  it("counts children by age on the identification date and finds their region from the office's host country", async () => {
    const gtm = await makeOffice("GTM");
    const fra = await makeOffice("FRA");
    const child = await makeBeneficiary(gtm.id, { birthDate: "1995-01-01" });
    await makeServices(
      await makeCase(gtm, "VOT", { beneficiary: child, identifiedOn: "2012-12-31" }),
      ["SHELTER", "2012-12-31"],
      ["MEDICAL", "2012-12-31"],
    );
    const adultAtIdentification = await makeBeneficiary(fra.id, { birthDate: "1994-06-01" });
    await makeServices(
      await makeCase(fra, "VOT", {
        beneficiary: adultAtIdentification,
        identifiedOn: "2012-07-01",
      }),
      ["SHELTER", "2012-07-02"],
    );
    const figures = await report();
    expect(figures.vot.children).toBe(1);
    expect(figures.vot.childrenTopRegion).toBe("Central America");
    expect(figures.vot.childrenNeeds.SHELTER).toBe(1);
    expect(figures.vot.childrenNeeds.MEDICAL).toBe(1);
  });

  it("counts the VoT database as of 31 December, with source and destination countries", async () => {
    const mex = await makeOffice("MEX");
    await makeCase(mex, "VOT", {
      beneficiary: await makeBeneficiary(mex.id, { nationality: "HND" }),
      identifiedOn: "2005-05-05",
      exploitationCountry: "MEX",
    });
    await makeCase(mex, "VOT", {
      beneficiary: await makeBeneficiary(mex.id, { nationality: "GTM" }),
      identifiedOn: "2012-12-31",
      exploitationCountry: "USA",
    });
    await makeCase(mex, "VOT", {
      beneficiary: await makeBeneficiary(mex.id, { nationality: "SLV" }),
      identifiedOn: "2013-01-01",
      exploitationCountry: "CAN",
    });
    expect((await report()).votDatabase).toEqual({
      asOf: "2012-12-31",
      beneficiaries: 2,
      sourceCountries: 2,
      destinationCountries: 2,
    });
  });
});

describe("filters", () => {
  it("restricts every figure to an office, a host country or a region", async () => {
    const mex = await makeOffice("MEX", "MEX-A");
    const fra = await makeOffice("FRA", "FRA-A");
    await makeServices(await makeCase(mex, "AVR"), ["RETURN_TRAVEL", "2012-02-01"]);
    await makeServices(await makeCase(fra, "AVR"), ["RETURN_TRAVEL", "2012-02-01"]);
    await makeServices(await makeCase(fra, "AVR"), ["COUNSELLING", "2012-02-01"]);
    expect((await report()).avr.returnsByHostCountry).toEqual({ FRA: 1, MEX: 1 });
    expect((await report(2012, { office: "FRA-A" })).migrantsAssisted).toBe(2);
    expect((await report(2012, { hostCountry: "MEX" })).migrantsAssisted).toBe(1);
    expect((await report(2012, { region: "Western Europe" })).migrantsAssisted).toBe(2);
    expect((await report(2012, { region: "Central America" })).breakdowns.region).toEqual({
      "Central America": 1,
    });
  });
});
