import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishSelection } from "@/lib/reports/publish-selection";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

import { getHqDashboard } from "./get-hq-dashboard";

type Office = Awaited<ReturnType<typeof makeOffice>>;
type Assisted = { vot?: boolean; child?: boolean; nationality?: string };

// Mid-2026: the dashboard's maps and changes are of 2025, the latest complete year.
const today = new Date("2026-06-01T00:00:00Z");

// n people served in the year at the office, each on a case of their own.
async function assist(office: Office, n: number, year: number, who: Assisted = {}) {
  for (let index = 0; index < n; index++) {
    const beneficiary = await makeBeneficiary(office.id, {
      birthDate: who.child ? `${year - 10}-01-01` : "1990-01-01",
      nationality: who.nationality ?? "HND",
    });
    const opened = { beneficiary, openedOn: `${year}-01-02` };
    const onCase = who.vot
      ? await makeCase(office, "VOT", { ...opened, identifiedOn: `${year}-01-02` })
      : await makeCase(office, "AVR", opened);
    await makeServices(onCase, ["COUNSELLING", `${year}-05-01`]);
  }
}

// Mexico and Guatemala large; Germany small beside France, so that both European countries
// are refused (Germany too small, France because Germany could be worked out from it).
async function twoYears() {
  const [mexico, guatemala, germany, france] = [
    await makeOffice("MEX"),
    await makeOffice("GTM"),
    await makeOffice("DEU"),
    await makeOffice("FRA"),
  ];
  await assist(mexico, 15, 2024);
  await assist(mexico, 3, 2024, { vot: true, child: true, nationality: "AFG" });
  await assist(guatemala, 12, 2024);
  await assist(germany, 2, 2024);
  await assist(france, 12, 2024);
  await assist(mexico, 30, 2025);
  await assist(mexico, 11, 2025, { vot: true, child: true, nationality: "AFG" });
  await assist(guatemala, 12, 2025);
  await assist(germany, 20, 2025);
  await assist(france, 12, 2025);
}

const publishedWorld = async (year: number) => {
  const selection = await publishSelection(db, { year }, 10);
  if (!selection.ok) throw new Error(`the world of ${year} should be published`);
  return selection.report;
};

describe("getHqDashboard over two years of data", () => {
  let hq: Awaited<ReturnType<typeof makeUser>>;

  // The tests only read: the two years are built once.
  beforeAll(async () => {
    await resetDatabase();
    await twoYears();
    hq = await makeUser("HQ", null);
  });

  it("gives each year's published world figures as the trend, small ones as <10", async () => {
    const dashboard = (await getHqDashboard(hq, today))!;

    const expected = [];
    for (const year of [2024, 2025]) {
      const report = await publishedWorld(year);
      expected.push({
        year,
        migrantsAssisted: report.migrantsAssisted,
        votAssisted: report.vot.assisted,
        children: report.age.children,
      });
    }
    expect(dashboard.trend).toEqual(expected);
    expect(dashboard.trend).toEqual([
      { year: 2024, migrantsAssisted: 44, votAssisted: "<10", children: "<10" },
      { year: 2025, migrantsAssisted: 85, votAssisted: 11, children: 11 },
    ]);
    expect(dashboard.year).toBe(2025);
    expect(dashboard.overview).toMatchObject({
      migrantsAssisted: 85,
      offices: 4,
      hostCountries: 4,
    });
  });

  it("keeps hidden host countries and nationalities hidden on the maps", async () => {
    // In mid-2025 the dashboard opens on 2024, when Germany was too small to publish.
    const { maps } = (await getHqDashboard(hq, new Date("2025-06-01T00:00:00Z")))!;

    expect((await publishedWorld(2024)).breakdowns.hostCountry).toMatchObject({ DEU: "x" });
    expect(maps!.hostCountry.cells).toEqual({
      MEX: { state: "shown", value: 18, shade: 1 },
      GTM: { state: "shown", value: 12, shade: 0 },
      DEU: { state: "hidden", marker: "x" },
      FRA: { state: "hidden", marker: "x" },
    });
    expect(maps!.origin.cells.AFG).toEqual({ state: "hidden", marker: "<10" });
    const shown = Object.values(maps!.origin.cells).flatMap((cell) =>
      cell.state === "shown" ? [cell.value] : [],
    );
    expect(shown).not.toContain(3);
  });

  it("leaves out of the top changes every cell hidden in either year", async () => {
    const { changes } = (await getHqDashboard(hq, today))!;

    // Germany (2 to 20) and Afghans (3 to 11) grew, but were hidden in 2024; so were
    // Hondurans, as the second hidden nationality beside a small one.
    const [before, after] = [await publishedWorld(2024), await publishedWorld(2025)];
    expect(before.breakdowns.hostCountry.DEU).toBe("x");
    expect(after.breakdowns.hostCountry.DEU).toBe(20);
    expect(before.breakdowns.nationality).toEqual({ AFG: "<10", HND: "x" });
    expect(changes!.increases.map((c) => [c.dimension, c.key, c.previous, c.current])).toEqual([
      ["serviceType", "COUNSELLING", 44, 85],
      ["hostCountry", "MEX", 18, 41],
    ]);
    expect(changes!.decreases).toEqual([]);
  });
});

describe("getHqDashboard", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("shows a year whose world is too small as refused, with no figure", async () => {
    const mexico = await makeOffice("MEX");
    await assist(mexico, 4, 2024);
    await assist(mexico, 12, 2025);
    const hq = await makeUser("HQ", null);

    const dashboard = (await getHqDashboard(hq, today))!;

    expect(dashboard.trend[0]).toEqual({
      year: 2024,
      migrantsAssisted: null,
      votAssisted: null,
      children: null,
    });
    expect(dashboard.changes).toBeNull();
  });

  it("counts offices and open cases, and takes the year's top lines from its publication", async () => {
    const mexico = await makeOffice("MEX");
    await assist(mexico, 12, 2025);
    await makeCase(mexico, "AVR", {
      openedOn: "2025-02-01",
      status: "CLOSED",
      closedOn: "2025-12-01",
    });
    const admin = await makeUser("ADMIN", null);

    const { overview } = (await getHqDashboard(admin, today))!;

    const report = await publishedWorld(2025);
    expect(overview).toEqual({
      offices: 1,
      openCases: 12,
      migrantsAssisted: report.migrantsAssisted,
      activeProjects: report.activeProjects,
      hostCountries: report.hostCountries,
    });
    expect(report).toMatchObject({ migrantsAssisted: 12, activeProjects: 1, hostCountries: 1 });
  });

  it("shows the trend but no map when the only year with data is still to come", async () => {
    await assist(await makeOffice("MEX"), 12, 2027);
    const hq = await makeUser("HQ", null);

    const dashboard = (await getHqDashboard(hq, today))!;

    expect(dashboard.trend).toEqual([
      { year: 2027, migrantsAssisted: 12, votAssisted: 0, children: 0 },
    ]);
    expect(dashboard).toMatchObject({ year: 2025, maps: null, changes: null });
  });

  it("has no dashboard when no year has data", async () => {
    const hq = await makeUser("HQ", null);

    expect(await getHqDashboard(hq, today)).toBeNull();
  });

  it.each(["CASEWORKER", "SUPERVISOR"] as const)("refuses a %s", async (role) => {
    const office = await makeOffice("MEX");
    const actor = await makeUser(role, office.id);

    const error = await getHqDashboard(actor, today).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });
});
