import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { ExploitationType, ServiceType, Sex } from "@/lib/generated/prisma/enums";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  resetDatabase,
} from "@/lib/testing/kit";
import {
  publishSelectionSlowly,
  queryAtomTablesSlowly,
  queryPopulationsSlowly,
} from "@/lib/testing/publish-selection-oracle";

import type { ReportFilter } from "./annual-report";
import { computeAnnualReport } from "./compute-annual-report";
import { countryNode, officeNode, regionNode, WORLD } from "./disclosure-plan";
import { planFor, publishSelection, publishSelections } from "./publish-selection";
import { queryAtomTables } from "./query-atom-tables";
import { queryPopulations } from "./query-populations";

const K = 10;
const YEARS = [2025, 2026];
// Two offices in one country, so that a person of two offices can stay inside a country.
const OFFICES = [
  { office: "DEU-A", country: "DEU", region: "Western Europe" },
  { office: "DEU-B", country: "DEU", region: "Western Europe" },
  { office: "FRA-A", country: "FRA", region: "Western Europe" },
  { office: "MEX-A", country: "MEX", region: "Central America" },
  { office: "GTM-A", country: "GTM", region: "Central America" },
];

const REGIONS = Object.fromEntries(OFFICES.map((o) => [o.country, o.region]));

type Visit = { office: number; kind: "AVR" | "VOT"; vot: ExploitationType; on: string };
type Someone = { sex: Sex; birth: string | null; nat: string | null; visits: Visit[] };

const visit: fc.Arbitrary<Visit> = fc.record({
  office: fc.nat({ max: OFFICES.length - 1 }),
  kind: fc.constantFrom("AVR", "AVR", "VOT"),
  vot: fc.constantFrom<ExploitationType>("SEXUAL", "FORCED_LABOUR", "OTHER"),
  on: fc.constantFrom("2025-04-01", "2026-03-01", "2026-09-01"),
});
// Rare values on purpose (small cells), and one person in five with cases in two offices.
const someone: fc.Arbitrary<Someone> = fc.record({
  sex: fc.constantFrom<Sex>("M", "M", "F", "F", "X"),
  birth: fc.constantFrom("1980-05-01", "1980-05-01", "2014-07-01", null),
  nat: fc.constantFrom("HND", "HND", "SYR", "NGA", null),
  visits: fc.oneof(
    { weight: 4, arbitrary: fc.tuple(visit).map((v) => [...v]) },
    { weight: 1, arbitrary: fc.tuple(visit, visit).map((v) => [...v]) },
  ),
});
// Offices of a few people or of over k, so that plans refuse some selections and publish
// others with small cells in them.
const dataset = fc.array(
  fc.oneof(
    fc.array(someone, { maxLength: 4 }),
    fc.array(someone, { minLength: 10, maxLength: 18 }),
  ),
  { minLength: OFFICES.length, maxLength: OFFICES.length },
);

async function load(people: Someone[][]) {
  await resetDatabase();
  const at = [];
  for (const { office, country } of OFFICES) at.push(await makeOffice(country, office));
  for (const [home, group] of people.entries())
    for (const p of group) {
      const beneficiary = await makeBeneficiary(at[home]!.id, {
        sex: p.sex,
        birthDate: p.birth,
        nationality: p.nat,
      });
      for (const v of [{ ...p.visits[0]!, office: home }, ...p.visits.slice(1)]) {
        const onCase = await makeCase(at[v.office]!, v.kind, {
          beneficiary,
          openedOn: "2020-01-01",
          identifiedOn: "2025-01-10",
          exploitationTypes: [v.vot],
        });
        const type: ServiceType = v.kind === "AVR" ? "RETURN_TRAVEL" : "COUNSELLING";
        await makeServices(onCase, [type, v.on]);
      }
    }
}

const FILTERS: { node: string; filter: Omit<ReportFilter, "year"> }[] = [
  { node: WORLD, filter: {} },
  ...[...new Set(OFFICES.map((o) => o.region))].map((region) => ({
    node: regionNode(region),
    filter: { region },
  })),
  ...[...new Set(OFFICES.map((o) => o.country))].map((hostCountry) => ({
    node: countryNode(hostCountry),
    filter: { hostCountry },
  })),
  ...OFFICES.map(({ office }) => ({ node: officeNode(office), filter: { office } })),
];

const tally = { datasets: 0, published: 0, refused: 0 };
afterAll(() => {
  console.log(
    `fast path against the previous implementation: ${tally.datasets} datasets, ` +
      `${tally.published} selections published and ${tally.refused} refused, all identical`,
  );
});

describe("publishing through the fast path", () => {
  it("publishes exactly what the previous implementation published, for every selection of random datasets with people in several offices", async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (people) => {
        await load(people);
        tally.datasets++;
        const populations = await queryPopulations(db, YEARS, OFFICES);
        for (const year of YEARS) {
          // What the plan and the cell rules read, before what they publish.
          const slowPopulations = await queryPopulationsSlowly(db, year, REGIONS);
          for (const [node, n] of populations.get(year)!)
            expect(n, `${year} ${node}`).toBe(slowPopulations.get(node) ?? 0);
          const { plan } = await planFor(db, { year }, K);
          expect(await queryAtomTables(db, year, plan.atoms)).toEqual(
            await queryAtomTablesSlowly(db, year, plan.atoms),
          );
          const filters = FILTERS.map(({ filter }) => ({ ...filter, year }));
          const together = await publishSelections(db, filters, K);
          for (const [index, filter] of filters.entries()) {
            const expected = await publishSelectionSlowly(db, filter, K);
            const label = `${year} ${FILTERS[index]!.node}`;
            expect(await publishSelection(db, filter, K), label).toEqual(expected);
            expect(together[index], label).toEqual(expected);
            if (expected.ok) tally.published++;
            else tally.refused++;
          }
        }
      }),
      { numRuns: Number(process.env.EQUIVALENCE_RUNS ?? 6), seed: 20261201 },
    );
    // The random datasets must reach both outcomes, or the comparison proves little.
    expect(tally.published).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  }, 600_000);

  it("counts a person of several offices once in every selection holding any of them", async () => {
    await load([
      [{ sex: "F", birth: null, nat: "SYR", visits: [visit0(0), visit0(1), visit0(3)] }],
      [{ sex: "M", birth: null, nat: "HND", visits: [visit0(1)] }],
      [],
      [{ sex: "M", birth: null, nat: "HND", visits: [visit0(3), visit0(4)] }],
      [],
    ]);
    const populations = (await queryPopulations(db, [2026], OFFICES)).get(2026)!;
    for (const { node, filter } of FILTERS) {
      const report = await computeAnnualReport(db, { ...filter, year: 2026 });
      expect(populations.get(node) ?? 0, node).toBe(report.migrantsAssisted);
    }
    expect(populations.get(WORLD)).toBe(3);
    expect(populations.get(countryNode("DEU"))).toBe(2);
    expect(populations.get(officeNode("MEX-A"))).toBe(2);
  });
});

function visit0(office: number): Visit {
  return { office, kind: "AVR", vot: "SEXUAL", on: "2026-03-01" };
}
