import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { caseOf, office, person, project, services } from "@/lib/testing/report-fixtures";
import { resetDatabase } from "@/lib/testing/reset-database";

import { computeAnnualReport } from "./compute-annual-report";

const report = (
  year = 2012,
  filter: { office?: string; hostCountry?: string; region?: string } = {},
) => computeAnnualReport(db, { year, ...filter });

beforeEach(resetDatabase);

describe("people assisted", () => {
  it("counts a person with two cases with services in the year once", async () => {
    const mex = await office("MEX");
    const migrant = await person(mex);
    await services(await caseOf(migrant, mex, "AVR"), ["COUNSELLING", "2012-02-01"]);
    await services(await caseOf(migrant, mex, "REINTEGRATION"), ["EMPLOYMENT", "2012-05-01"]);
    const figures = await report();
    expect(figures.migrantsAssisted).toBe(1);
    expect(figures.avr.assisted).toBe(1);
    expect(figures.reintegrationServices).toBe(1);
  });

  it("counts only services dated in the year, and compares with the previous year", async () => {
    const mex = await office("MEX");
    for (const day of ["2011-12-31", "2011-06-01", "2012-01-01", "2013-01-01"]) {
      await services(await caseOf(await person(mex), mex, "AVR"), ["COUNSELLING", day]);
    }
    const figures = await report();
    expect(figures.migrantsAssisted).toBe(1);
    expect(figures.migrantsAssistedPrevYear).toBe(2);
    expect(figures.changeVsPrevYearPct).toBe(-50);
    expect(figures.counsellingSessions).toBe(1);
    expect(figures.counsellingSessionsPrevYear).toBe(2);
  });

  it("takes age on the date of the first service of the year", async () => {
    const mex = await office("MEX");
    // Turns 18 on 2012-06-15: a child on the first service (March), an adult on the second.
    const turning = await person(mex, { birth: "1994-06-15" });
    await services(
      await caseOf(turning, mex, "AVR"),
      ["COUNSELLING", "2012-08-01"],
      ["COUNSELLING", "2012-03-01"],
    );
    // 18 on 2012-01-01 already: an adult.
    await services(await caseOf(await person(mex, { birth: "1994-01-01" }), mex, "AVR"), [
      "COUNSELLING",
      "2012-02-01",
    ]);
    await services(await caseOf(await person(mex, { birth: null }), mex, "AVR"), [
      "COUNSELLING",
      "2012-02-01",
    ]);
    const figures = await report();
    expect(figures.age).toEqual({ adults: 1, children: 1, unknown: 1, adultPct: 50, childPct: 50 });
  });

  it("computes male and female shares of M+F only, rounding 12.5 % half away from zero", async () => {
    const mex = await office("MEX");
    const sexes = ["F", "M", "M", "M", "M", "M", "M", "M", "X", "U"] as const;
    for (const sex of sexes)
      await services(await caseOf(await person(mex, { sex }), mex, "AVR"), [
        "COUNSELLING",
        "2012-02-01",
      ]);
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
    const mex = await office("MEX");
    for (const nationality of ["HND", "HND", "GTM", null]) {
      await services(await caseOf(await person(mex, { nationality }), mex, "AVR"), [
        "COUNSELLING",
        "2012-02-01",
      ]);
    }
    expect((await report()).countriesOfOrigin).toBe(2);
  });
});

describe("projects", () => {
  it("counts a project ending on 1 January as active that year, and one ending on 31 December before as not", async () => {
    const mex = await office("MEX"); // its own project runs from 2000 with no end
    await project(mex.id, "2010-01-01", "2012-01-01");
    await project(mex.id, "2010-01-01", "2011-12-31");
    await project(mex.id, "2012-12-31", null);
    await project(mex.id, "2013-01-01", null);
    const deu = await office("DEU");
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
    const mex = await office("MEX");
    const cases = [["FORCED_LABOUR", "SEXUAL"], ["SEXUAL"], ["OTHER"]] as const;
    for (const types of cases)
      await services(await caseOf(await person(mex), mex, "VOT", { types: [...types] }), [
        "SHELTER",
        "2012-04-01",
      ]);
    const figures = await report();
    expect(figures.vot.assisted).toBe(3);
    expect(figures.vot.exploitation.FORCED_LABOUR.pct).toBe(33);
    expect(figures.vot.exploitation.SEXUAL.pct).toBe(67);
    expect(figures.vot.exploitation.OTHER.pct).toBe(33);
  });

  it("computes the change in points from unrounded shares of both years", async () => {
    const mex = await office("MEX");
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
      await services(
        await caseOf(await person(mex), mex, "VOT", {
          types: [...types],
          identified: "2011-01-01",
        }),
        ["SHELTER", day],
      );
    }
    const sexual = (await report()).vot.exploitation.SEXUAL;
    expect(sexual).toEqual({ count: 1, pct: 25, prevPct: 33, changePoints: -8 });
  });

  it("counts children by age on the identification date and finds their region from the office's host country", async () => {
    const gtm = await office("GTM");
    const fra = await office("FRA");
    const child = await person(gtm, { birth: "1995-01-01" });
    await services(
      await caseOf(child, gtm, "VOT", { identified: "2012-12-31" }),
      ["SHELTER", "2012-12-31"],
      ["MEDICAL", "2012-12-31"],
    );
    const adultAtIdentification = await person(fra, { birth: "1994-06-01" });
    await services(await caseOf(adultAtIdentification, fra, "VOT", { identified: "2012-07-01" }), [
      "SHELTER",
      "2012-07-02",
    ]);
    const figures = await report();
    expect(figures.vot.children).toBe(1);
    expect(figures.vot.childrenTopRegion).toBe("Central America");
    expect(figures.vot.childrenNeeds.SHELTER).toBe(1);
    expect(figures.vot.childrenNeeds.MEDICAL).toBe(1);
  });

  it("counts the VoT database as of 31 December, with source and destination countries", async () => {
    const mex = await office("MEX");
    await caseOf(await person(mex, { nationality: "HND" }), mex, "VOT", {
      identified: "2005-05-05",
      exploitationCountry: "MEX",
    });
    await caseOf(await person(mex, { nationality: "GTM" }), mex, "VOT", {
      identified: "2012-12-31",
      exploitationCountry: "USA",
    });
    await caseOf(await person(mex, { nationality: "SLV" }), mex, "VOT", {
      identified: "2013-01-01",
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
    const mex = await office("MEX", "MEX-A");
    const fra = await office("FRA", "FRA-A");
    await services(await caseOf(await person(mex), mex, "AVR"), ["RETURN_TRAVEL", "2012-02-01"]);
    await services(await caseOf(await person(fra), fra, "AVR"), ["RETURN_TRAVEL", "2012-02-01"]);
    await services(await caseOf(await person(fra), fra, "AVR"), ["COUNSELLING", "2012-02-01"]);
    expect((await report()).avr.returnsByHostCountry).toEqual({ FRA: 1, MEX: 1 });
    expect((await report(2012, { office: "FRA-A" })).migrantsAssisted).toBe(2);
    expect((await report(2012, { hostCountry: "MEX" })).migrantsAssisted).toBe(1);
    expect((await report(2012, { region: "Western Europe" })).migrantsAssisted).toBe(2);
    expect((await report(2012, { region: "Central America" })).breakdowns.region).toEqual({
      "Central America": 1,
    });
  });
});
