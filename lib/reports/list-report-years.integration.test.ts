import { beforeEach, describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { makeCase, makeOffice, makeServices, makeUser, resetDatabase } from "@/lib/testing/kit";

import { getDefaultReportYear, listReportYears } from "./list-report-years";

async function serveOn(day: string) {
  const office = await makeOffice("MEX");
  const kase = await makeCase(office, "AVR", { openedOn: "2011-01-01" });
  await makeServices(kase, ["COUNSELLING", day]);
}

describe("years with data and the default report year", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("lists the years with services, latest first, and opens on the latest complete one", async () => {
    const hq = await makeUser("HQ", null);
    await serveOn("2011-05-01");
    await serveOn("2012-03-01");
    await serveOn("2026-02-01");

    expect(await listReportYears(hq)).toEqual([2026, 2012, 2011]);
    expect(await getDefaultReportYear(hq, new Date("2026-12-01T00:00:00Z"))).toBe(2012);
  });

  it("opens on the last complete year when nothing is recorded", async () => {
    const hq = await makeUser("HQ", null);
    expect(await getDefaultReportYear(hq, new Date("2026-12-01T00:00:00Z"))).toBe(2025);
  });

  it("refuses a caseworker", async () => {
    const office = await makeOffice("MEX");
    const caseworker = await makeUser("CASEWORKER", office.id);
    await expect(listReportYears(caseworker)).rejects.toBeInstanceOf(AppError);
  });
});
