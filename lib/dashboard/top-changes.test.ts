import { describe, expect, it } from "vitest";

import type { PublishedCell } from "@/lib/reports/disclosure";

import { topChanges, type ChangeSource } from "./top-changes";

const source = (
  hostCountry: Record<string, PublishedCell>,
  nationality: Record<string, PublishedCell> = {},
  serviceTypes: Record<string, PublishedCell> = {},
): ChangeSource => ({ breakdowns: { hostCountry, nationality, serviceTypes } });

describe("topChanges", () => {
  it("ranks increases and decreases by size across dimensions, with the change in per cent", () => {
    const before = source({ MEX: 100, GTM: 50, DEU: 40 }, { HND: 30 }, { SHELTER: 20 });
    const after = source({ MEX: 160, GTM: 20, DEU: 40 }, { HND: 45 }, { SHELTER: 12 });

    const { increases, decreases } = topChanges(after, before);

    expect(increases).toEqual([
      {
        dimension: "hostCountry",
        key: "MEX",
        previous: 100,
        current: 160,
        change: 60,
        changePct: 60,
      },
      { dimension: "origin", key: "HND", previous: 30, current: 45, change: 15, changePct: 50 },
    ]);
    expect(decreases.map((c) => [c.key, c.change, c.changePct])).toEqual([
      ["GTM", -30, -60],
      ["SHELTER", -8, -40],
    ]);
  });

  it("never uses a cell hidden in either year, whatever its marker", () => {
    const before = source({ MEX: 100, GTM: "x", DEU: 12 }, { AFG: "<10" });
    const after = source({ MEX: 90, GTM: 500, DEU: "x" }, { AFG: 300 });

    const { increases, decreases } = topChanges(after, before);

    expect(increases).toEqual([]);
    expect(decreases.map((c) => c.key)).toEqual(["MEX"]);
  });

  it("counts a cell missing from a world view as zero, with no per cent from zero", () => {
    const { increases, decreases } = topChanges(source({ MEX: 40 }), source({ GTM: 25 }));

    expect(increases).toEqual([
      {
        dimension: "hostCountry",
        key: "MEX",
        previous: 0,
        current: 40,
        change: 40,
        changePct: null,
      },
    ]);
    expect(decreases).toEqual([
      {
        dimension: "hostCountry",
        key: "GTM",
        previous: 25,
        current: 0,
        change: -25,
        changePct: -100,
      },
    ]);
  });

  it("leaves out unknown nationalities and keeps the limit", () => {
    const before = source({}, { UNKNOWN: 10, A: 1, B: 1, C: 1 });
    const after = source({}, { UNKNOWN: 90, A: 11, B: 21, C: 31 });

    expect(topChanges(after, before, 2).increases.map((c) => c.key)).toEqual(["C", "B"]);
  });
});
