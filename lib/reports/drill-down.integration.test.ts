import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { listCases } from "@/lib/cases/list-cases";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";
import { SEXES } from "@/lib/vocabulary";

import { AGE_GROUPS } from "./annual-report";
import {
  breakdownCases,
  drillDownHref,
  figureCases,
  sexByAgeCases,
  type BreakdownKey,
} from "./drill-down";
import { getOfficeAnnualReport } from "./get-office-annual-report";
import { HEADLINE_FIGURES } from "./headline-figures";

// Each link goes through its URL, as the browser follows it, and the list counts people.
async function peopleBehind(actor: Actor, href: string | null) {
  const params = Object.fromEntries(new URLSearchParams(href!.split("?")[1]));
  const result = await listCases(actor, caseListQuerySchema.parse(params));
  return { people: result.people, cases: result.total };
}

describe("drill-down from the office's annual report to its case list", () => {
  let supervisor: Actor;
  let report: Awaited<ReturnType<typeof getOfficeAnnualReport>>["report"];

  beforeAll(async () => {
    await resetDatabase();
    const mex = await makeOffice("MEX");
    const gtm = await makeOffice("GTM");
    supervisor = await makeUser("SUPERVISOR", mex.id);
    // A child VoT with two VoT cases assisted in 2012: two cases, one person behind each figure.
    const child = await makeBeneficiary(mex.id, {
      sex: "F",
      birthDate: "2000-05-01",
      nationality: "GTM",
    });
    await makeServices(
      await makeCase(mex, "VOT", {
        beneficiary: child,
        identifiedOn: "2012-02-01",
        exploitationTypes: ["FORCED_LABOUR", "SEXUAL"],
        labourSector: "AGRICULTURE",
      }),
      ["SHELTER", "2012-03-01"],
    );
    await makeServices(
      await makeCase(mex, "VOT", {
        beneficiary: child,
        identifiedOn: "2012-05-01",
        exploitationTypes: ["FORCED_LABOUR"],
        labourSector: "AGRICULTURE",
      }),
      ["MEDICAL", "2012-06-01"],
    );
    // A child when identified, 18 by the first service: a VoT child, counted as an adult.
    const turned18 = await makeBeneficiary(mex.id, { sex: "M", birthDate: "1994-03-01" });
    await makeServices(
      await makeCase(mex, "VOT", {
        beneficiary: turned18,
        identifiedOn: "2012-01-15",
        exploitationTypes: ["FORCED_BEGGING"],
      }),
      ["SHELTER", "2012-04-01"],
    );
    // Assisted only in 2011: in the VoT database of 2012, not among 2012's VoTs.
    const lastYear = await makeBeneficiary(mex.id, { sex: "M", birthDate: "1980-01-01" });
    await makeServices(
      await makeCase(mex, "VOT", {
        beneficiary: lastYear,
        identifiedOn: "2011-06-01",
        exploitationTypes: ["SEXUAL"],
      }),
      ["MEDICAL", "2011-07-01"],
    );
    const returned = await makeBeneficiary(mex.id, { sex: "M", birthDate: "1985-06-01" });
    await makeServices(
      await makeCase(mex, "AVR", { beneficiary: returned, migrantCategory: "VISA_OVERSTAYER" }),
      ["COUNSELLING", "2012-01-10"],
      ["RETURN_TRAVEL", "2012-02-10"],
    );
    const unknown = await makeBeneficiary(mex.id, { sex: "U", birthDate: null, nationality: null });
    await makeServices(
      await makeCase(mex, "AVR", { beneficiary: unknown, migrantCategory: "FAILED_ASYLUM_SEEKER" }),
      ["COUNSELLING", "2012-05-01"],
    );
    const childAvr = await makeBeneficiary(mex.id, { sex: "F", birthDate: "1994-12-31" });
    await makeServices(
      await makeCase(mex, "AVR", { beneficiary: childAvr }),
      ["COUNSELLING", "2012-06-01"],
      ["RETURN_TRAVEL", "2012-12-31"],
    );
    const returnsNextYear = await makeBeneficiary(mex.id, { sex: "F", birthDate: "1990-01-01" });
    await makeServices(
      await makeCase(mex, "AVR", { beneficiary: returnsNextYear }),
      ["COUNSELLING", "2012-11-01"],
      ["RETURN_TRAVEL", "2013-01-05"],
    );
    // Another office's VoT child: in neither the report nor the list of MEX.
    const elsewhere = await makeBeneficiary(gtm.id, { sex: "F", birthDate: "2001-01-01" });
    await makeServices(
      await makeCase(gtm, "VOT", {
        beneficiary: elsewhere,
        identifiedOn: "2012-01-01",
        exploitationTypes: ["FORCED_LABOUR"],
        labourSector: "AGRICULTURE",
      }),
      ["SHELTER", "2012-02-01"],
    );
    // The query string cannot choose another office: the report is the supervisor's own.
    report = (await getOfficeAnnualReport(supervisor, 2012)).report;
  });

  it("computes the office's own figures (other offices' records left out)", () => {
    expect(report.filter.office).toMatch(/^O-MEX-/);
    expect(report.vot).toMatchObject({ assisted: 2, children: 2 });
    expect(report.vot.exploitation.FORCED_LABOUR.count).toBe(1);
    expect(report.avr.returnsByHostCountry).toEqual({ MEX: 2 });
    expect(report.migrantsAssisted).toBe(6);
    expect(report.votDatabase.beneficiaries).toBe(3);
  });

  it("VoTs assisted, trafficked children and returns from the host country: the list's people match, two cases behind one child", async () => {
    expect(await peopleBehind(supervisor, drillDownHref(figureCases("votAssisted", 2012)))).toEqual(
      { people: 2, cases: 3 },
    );
    expect(await peopleBehind(supervisor, drillDownHref(figureCases("votChildren", 2012)))).toEqual(
      { people: 2, cases: 3 },
    );
    expect(
      await peopleBehind(supervisor, drillDownHref(breakdownCases("returns", "MEX", 2012))),
    ).toEqual({ people: 2, cases: 2 });
  });

  it("every linked headline figure, of this year and the last, equals the people of its list", async () => {
    const previous = (await getOfficeAnnualReport(supervisor, 2011)).report;
    for (const [key, valueOf] of HEADLINE_FIGURES) {
      for (const shown of [report, previous]) {
        const href = drillDownHref(figureCases(key, shown.year));
        if (href)
          expect((await peopleBehind(supervisor, href)).people, `${key} ${shown.year}`).toBe(
            valueOf(shown),
          );
      }
    }
  });

  it("every linked breakdown cell equals the people of its list", async () => {
    const breakdowns: Record<BreakdownKey, Record<string, number | string>> = {
      nationality: report.breakdowns.nationality,
      hostCountry: report.breakdowns.hostCountry,
      region: report.breakdowns.region,
      exploitation: Object.fromEntries(
        Object.entries(report.vot.exploitation).map(([type, share]) => [type, share.count]),
      ),
      sector: report.vot.forcedLabourSectors,
      serviceTypes: report.breakdowns.serviceTypes,
      avrCategory: report.avr.byCategory,
      returns: report.avr.returnsByHostCountry,
    };
    let linked = 0;
    for (const [breakdown, cells] of Object.entries(breakdowns) as [
      BreakdownKey,
      Record<string, number>,
    ][]) {
      for (const [key, count] of Object.entries(cells)) {
        const href = count > 0 ? drillDownHref(breakdownCases(breakdown, key, 2012)) : null;
        if (!href) continue;
        linked++;
        expect((await peopleBehind(supervisor, href)).people, `${breakdown}.${key}`).toBe(count);
      }
    }
    for (const sex of SEXES) {
      for (const age of AGE_GROUPS) {
        const count = report.breakdowns.sexByAge[sex][age];
        if (count > 0)
          expect(
            (await peopleBehind(supervisor, drillDownHref(sexByAgeCases(sex, age, 2012)))).people,
            `${sex} ${age}`,
          ).toBe(count);
      }
    }
    expect(linked).toBeGreaterThanOrEqual(12);
    expect(report.breakdowns.sexByAge.M.adult).toBe(2); // the VoT who turned 18 counts as an adult
    expect(report.breakdowns.sexByAge.F.child).toBe(2);
  });

  it("is refused to HQ and admins, who may not see cases (FORBIDDEN)", async () => {
    await expect(getOfficeAnnualReport(await makeUser("HQ", null), 2012)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getOfficeAnnualReport(await makeUser("ADMIN", null), 2012)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
