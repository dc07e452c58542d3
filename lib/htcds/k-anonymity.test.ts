import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  anonymise,
  K,
  QUASI_IDENTIFIERS,
  type GeneralisedRecord,
  type VictimRecord,
} from "./k-anonymity";
import { HTCDS_TYPE_OF_EXPLOITATION } from "./value-sets";

const classSizes = (rows: GeneralisedRecord[]) => {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = QUASI_IDENTIFIERS.map((q) => row[q]).join("|");
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
};

// Small domains, so that random datasets have both large and small classes.
const victim: fc.Arbitrary<VictimRecord> = fc.record({
  age: fc.option(fc.integer({ min: 0, max: 70 }), { freq: 8 }),
  sex: fc.constantFrom("M", "F", "X", "U"),
  citizenship: fc.option(fc.constantFrom("MEX", "GTM", "HND", "SLV", "USA", "DEU", "NGA"), {
    freq: 8,
  }),
  exploitationTypes: fc.subarray([...HTCDS_TYPE_OF_EXPLOITATION], { minLength: 1, maxLength: 2 }),
  exploitationCountry: fc.option(fc.constantFrom("MEX", "USA", "GTM", "ESP"), { freq: 8 }),
  year: fc.integer({ min: 2008, max: 2016 }),
});

const record = (year: number): VictimRecord => ({
  age: 30,
  sex: "F",
  citizenship: "HND",
  exploitationTypes: ["ForcedLabour"],
  exploitationCountry: "MEX",
  year,
});

describe("anonymise (k-anonymity over the quasi-identifiers)", () => {
  it("leaves every combination of quasi-identifiers in the file at least 11 times, for any dataset", () => {
    fc.assert(
      fc.property(fc.array(victim, { maxLength: 400 }), (records) => {
        const result = anonymise(records);
        expect(K).toBe(11);
        for (const size of classSizes(result.rows)) expect(size).toBeGreaterThanOrEqual(11);
        expect(result.rows.length + result.suppressed).toBe(records.length);
        expect(result.keptShare).toBeCloseTo(
          records.length ? result.rows.length / records.length : 0,
        );
      }),
      { numRuns: 150 },
    );
  });

  it("is still 11-anonymous when it may not generalise (suppression alone)", () => {
    fc.assert(
      fc.property(fc.array(victim, { maxLength: 200 }), (records) => {
        const result = anonymise(records, { generaliseFirst: false });
        for (const size of classSizes(result.rows)) expect(size).toBeGreaterThanOrEqual(11);
      }),
      { numRuns: 50 },
    );
  });

  it("generalises before it suppresses: fewer records lost than by suppression alone", () => {
    // 12 cases identified in 2010, 6 in 2011 and 6 in 2012, otherwise alike: alone, the 2011
    // and 2012 cases are two classes of 6; as the span 2010-2012 they are one class of 24.
    const records = [
      ...Array.from({ length: 12 }, () => record(2010)),
      ...Array.from({ length: 6 }, () => record(2011)),
      ...Array.from({ length: 6 }, () => record(2012)),
    ];
    const suppressedOnly = anonymise(records, { generaliseFirst: false });
    const generalised = anonymise(records);
    expect(suppressedOnly.suppressed).toBe(12);
    expect(generalised.suppressed).toBe(0);
    expect(generalised.keptShare).toBe(1);
    expect(generalised.levels.year).toBe(1);
    expect(new Set(generalised.rows.map((row) => row.year))).toStrictEqual(new Set(["2010-2012"]));
    // Nothing else was generalised: the exact values are still there.
    expect(generalised.rows[0]).toMatchObject({
      age: "30--38",
      sex: "Female",
      citizenship: "HN",
      exploitationCountry: "MX",
      exploitationType: "ForcedLabour",
    });
  });

  it("writes no record of a dataset smaller than k", () => {
    const result = anonymise(Array.from({ length: 10 }, () => record(2012)));
    expect(result.rows).toStrictEqual([]);
    expect(result.suppressed).toBe(10);
    expect(result.keptShare).toBe(0);
  });

  it("generalises countries to UN M49 regions, then continents", () => {
    const records = [
      ...Array.from({ length: 6 }, () => ({ ...record(2012), citizenship: "HND" })),
      ...Array.from({ length: 6 }, () => ({ ...record(2012), citizenship: "GTM" })),
    ];
    const result = anonymise(records);
    expect(result.suppressed).toBe(0);
    expect(new Set(result.rows.map((row) => row.citizenship))).toStrictEqual(
      new Set(["Central America"]),
    );
  });
});
