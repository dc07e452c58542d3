import { describe, expect, it } from "vitest";

import { disclosureThreshold } from "@/lib/settings/disclosure-threshold";

import { protectBreakdown, protectCrossTable, protectTable } from "./disclosure";

describe("disclosure threshold", () => {
  it("defaults to 10 and can be raised", () => {
    expect(disclosureThreshold(undefined)).toBe(10);
    expect(disclosureThreshold("15")).toBe(15);
  });

  it("can never be lowered below 10", () => {
    expect(disclosureThreshold("5")).toBe(10);
    expect(disclosureThreshold("0")).toBe(10);
    expect(disclosureThreshold("abc")).toBe(10);
  });
});

describe("one-way breakdowns", () => {
  it("shows cells of 1-9 as <10 and keeps zero as zero", () => {
    const published = protectBreakdown({ A: 0, B: 3, C: 9, D: 10, E: 250 });
    expect(published).toEqual({ A: 0, B: "<10", C: "<10", D: 10, E: 250 });
  });

  it("hides the smallest other cell when one hidden cell could be recovered from the total", () => {
    const published = protectBreakdown({ A: 4, B: 40, C: 25, D: 0 });
    expect(published).toEqual({ A: "<10", B: 40, C: "x", D: 0 });
  });

  it("uses the raised threshold", () => {
    expect(protectBreakdown({ A: 12, B: 14, C: 100 }, 15)).toEqual({ A: "<15", B: "<15", C: 100 });
  });
});

describe("two-way breakdowns", () => {
  it("suppresses secondary cells so that no row or column has exactly one hidden cell", () => {
    const states = protectTable([
      [50, 3, 20],
      [40, 30, 60],
    ]);
    // Primary 3 forces a second cell in its row (20) and in its column (30); the
    // new hidden cells 20 and 30 then share row 2 / column 3 with the 60, closing the pattern.
    const hiddenPerRow = states.map((row) => row.filter((state) => state !== "shown").length);
    const hiddenPerColumn = [0, 1, 2].map(
      (column) => states.filter((row) => row[column] !== "shown").length,
    );
    expect(states[0]![1]).toBe("primary");
    for (const count of [...hiddenPerRow, ...hiddenPerColumn])
      expect(count === 0 || count >= 2).toBe(true);
  });

  it("never hides a zero, even to protect another cell", () => {
    const published = protectCrossTable(
      ["M", "F"] as const,
      ["adult", "child"] as const,
      (row, column) => ({ M: { adult: 100, child: 0 }, F: { adult: 7, child: 0 } })[row][column],
    );
    expect(published.M.child).toBe(0);
    expect(published.F.child).toBe(0);
    expect(published.F.adult).toBe("<10");
    expect(published.M.adult).toBe("x");
  });
});
