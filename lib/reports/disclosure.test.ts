import { describe, expect, it } from "vitest";

import { disclosureThreshold } from "@/lib/settings/disclosure-threshold";

import { pinnedInLine, protectLine } from "./disclosure";
import { planSelections, type PlaceOffice } from "./disclosure-plan";
import { planTable, publishViewTable, publishWorldTable } from "./disclosure-tables";

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

describe("one line with its total", () => {
  it("knows when bounds pin a hidden cell: two hidden cells summing to 2 are both 1", () => {
    expect(
      pinnedInLine(
        [
          [1, 9],
          [1, 9],
        ],
        2,
      ),
    ).toEqual([true, true]);
    expect(
      pinnedInLine(
        [
          [1, 9],
          [1, 9],
        ],
        18,
      ),
    ).toEqual([true, true]);
    expect(
      pinnedInLine(
        [
          [1, 9],
          [1, 9],
        ],
        5,
      ),
    ).toEqual([false, false]);
    // "<10" beside "x" (at least 10) summing to 11: 1 and 10.
    expect(
      pinnedInLine(
        [
          [1, 9],
          [10, Infinity],
        ],
        11,
      ),
    ).toEqual([true, true]);
  });

  it("hides small cells and the smallest other cell, keeping zero as zero", () => {
    expect([...protectLine([0, 3, 40, 25], { threshold: 10 })!]).toEqual([1, 3]);
  });

  it("adds secondary cells until no hidden cell is pinned (adults 10 / total 12)", () => {
    // children 1 and unknown 1 pin each other; adding adults 10 pins all three: nothing
    // short of withholding the line protects it.
    expect(protectLine([10, 1, 1], { threshold: 10 })).toBeNull();
    expect([...protectLine([30, 1, 1], { threshold: 10 })!].sort()).toEqual([0, 1, 2]);
  });

  it("prefers secondary cells that are hidden elsewhere anyway", () => {
    const hidden = protectLine([3, 40, 25, 60], { threshold: 10, preferred: new Set([3]) });
    expect([...hidden!].sort()).toEqual([0, 3]);
  });
});

describe("one breakdown across selections", () => {
  it("hides in every filtered view a column that is small in some atom, and one more", () => {
    const plan = planTable(
      { A: 50, B: 22, C: 40 },
      [
        { A: 25, B: 20, C: 20 },
        { A: 25, B: 2, C: 20 },
      ],
      10,
    );
    expect([...plan.hiddenInViews].sort()).toEqual(["B", "C"]);
    expect(publishViewTable({ A: 25, B: 20, C: 20 }, plan)).toEqual({ A: 25, B: "x", C: "x" });
    // The world shows B (22) and C: its own cells are not small.
    expect(publishWorldTable({ A: 50, B: 22, C: 40 }, plan, 10)).toEqual({ A: 50, B: 22, C: 40 });
  });
});

describe("the selection plan", () => {
  const offices: PlaceOffice[] = [
    { office: "A1", country: "A", region: "R" },
    { office: "B1", country: "B", region: "R" },
    { office: "B2", country: "B", region: "R" },
  ];

  it("refuses a selection of fewer than k people", () => {
    const plan = planSelections(
      offices,
      new Map([
        ["world", 60],
        ["region:R", 60],
        ["country:A", 30],
        ["office:A1", 30],
        ["country:B", 30],
        ["office:B1", 27],
        ["office:B2", 3],
      ]),
      10,
    );
    expect(plan.refused.get("office:B2")).toBe("too-small");
    // B1 alone would be B minus 3 people: refused for differencing.
    expect(plan.refused.get("office:B1")).toBe("differencing");
    expect(plan.allowed).toEqual(
      new Set(["world", "region:R", "country:A", "office:A1", "country:B"]),
    );
  });
});
