import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";

import {
  attack,
  publishDataset,
  type DatasetOffice,
  type Person,
} from "@/lib/testing/disclosure-attacker";
import { EXPLOITATION_TYPES } from "@/lib/vocabulary";

import { type AgeGroup, type SexCode } from "./annual-report";
import { officeNode } from "./disclosure-plan";

const K = 10;

// Rare categories on purpose: most cells of a small office are 1 to 9.
const person: fc.Arbitrary<Person> = fc.record({
  sex: fc.constantFrom<SexCode>("M", "M", "M", "F", "F", "X", "U"),
  age: fc.constantFrom<AgeGroup>("adult", "adult", "adult", "child", "unknown"),
  nat: fc.constantFrom("AAA", "AAA", "AAA", "BBB", "BBB", "CCC", "DDD"),
  vot: fc.constantFrom(null, null, null, "FORCED_LABOUR", "SEXUAL", "OTHER" as const),
});

// 1-3 regions of 1-3 host countries of 1-2 offices; offices of 0 to 6 people or of 10 to
// 40, so that some selections are refused and many are published with small cells.
const officePeople = fc.oneof(
  fc.array(person, { maxLength: 6 }),
  fc.array(person, { minLength: 10, maxLength: 40 }),
  fc.array(person, { minLength: 10, maxLength: 40 }),
);
const dataset: fc.Arbitrary<DatasetOffice[]> = fc
  .array(
    fc.array(fc.array(officePeople, { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 3,
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((regions) =>
    regions.flatMap((countries, r) =>
      countries.flatMap((offices, c) =>
        offices.map((people, o) => ({
          office: `O${r}${c}${o}`,
          country: `C${r}${c}`,
          region: `R${r}`,
          people,
        })),
      ),
    ),
  );

const tally = { datasets: 0, selections: 0, refused: 0, targets: 0, hiddenInPublished: 0 };
afterAll(() => {
  console.log(
    `disclosure attack: ${tally.datasets} datasets, ${tally.selections} selections ` +
      `(${tally.selections - tally.refused} published, ${tally.refused} refused), ` +
      `${tally.targets} hidden small counts and refused populations attacked, none recovered`,
  );
});

describe("an attacker with every selection HQ can make", () => {
  it("recovers no hidden count of 1 to 9 people, nor the population of a refused selection", () => {
    fc.assert(
      fc.property(dataset, (offices) => {
        const published = publishDataset(offices, K);
        const result = attack(offices, published, K);
        tally.datasets++;
        tally.selections += published.views.size + published.refused.size;
        tally.refused += published.refused.size;
        tally.targets += result.targets;
        expect(result.recovered).toEqual([]);
      }),
      { numRuns: Number(process.env.ATTACK_RUNS ?? 40), seed: 20261201, endOnFailure: true },
    );
    // Two linear programmes per hidden count: minutes on a loaded 2-core machine.
  }, 600_000);
});

const people = (n: number, template: Partial<Person> = {}): Person[] =>
  Array.from({ length: n }, () => ({
    sex: "M",
    age: "adult",
    nat: "AAA",
    vot: null,
    ...template,
  }));

describe("the attacks found on main", () => {
  // Berlin: 2 migrants, one Afghan failed asylum seeker and one Ukrainian victim; the sex and
  // nationality tables showed two "<10" cells and zeros elsewhere, so each was 1.
  it("Berlin: an office of two people is refused and its people cannot be recovered elsewhere", () => {
    const offices: DatasetOffice[] = [
      {
        office: "DEU-BER",
        country: "DEU",
        region: "Western Europe",
        people: [
          { sex: "M", age: "adult", nat: "AAA", vot: null },
          { sex: "F", age: "adult", nat: "BBB", vot: "SEXUAL" },
        ],
      },
      { office: "FRA-PAR", country: "FRA", region: "Western Europe", people: people(25) },
      {
        office: "MEX-TAP",
        country: "MEX",
        region: "Central America",
        people: people(30, { nat: "CCC", vot: "FORCED_LABOUR" }),
      },
    ];
    const published = publishDataset(offices, K);
    expect(published.refused.get(officeNode("DEU-BER"))).toBe("too-small");
    expect(published.views.has(officeNode("DEU-BER"))).toBe(false);
    const result = attack(offices, published, K);
    expect(result.targets).toBeGreaterThan(0);
    expect(result.recovered).toEqual([]);
  });

  // Adults 10, children "<10", unknown "<10", total 12: two hidden cells summing to 2 are 1 each.
  it("adults 10 / total 12: the two small age groups cannot be worked out", () => {
    const offices: DatasetOffice[] = [
      {
        office: "A",
        country: "AAA",
        region: "R",
        people: [...people(10), ...people(1, { age: "child" }), ...people(1, { age: "unknown" })],
      },
    ];
    const published = publishDataset(offices, K);
    const world = published.views.get("world")!;
    expect(world.migrantsAssisted).toBe(12);
    expect(typeof world.age.children).toBe("string");
    expect(typeof world.age.adults).toBe("string"); // the secondary cell
    const result = attack(offices, published, K);
    expect(result.recovered).toEqual([]);
  });

  it("a breakdown whose only non-zero cell is small is protected", () => {
    const offices: DatasetOffice[] = [
      { office: "A", country: "AAA", region: "R", people: people(12) },
      { office: "B", country: "BBB", region: "R", people: people(3, { vot: "OTHER" }) },
      { office: "C", country: "CCC", region: "R", people: people(15, { nat: "BBB" }) },
    ];
    const published = publishDataset(offices, K);
    const result = attack(offices, published, K);
    expect(published.views.get("world")!.vot.exploitation.OTHER.count).not.toBe(3);
    expect(result.recovered).toEqual([]);
    expect(EXPLOITATION_TYPES).toContain("OTHER");
  });
});
