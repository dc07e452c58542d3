import { describe, expect, it } from "vitest";

import { changeOf } from "./publication-figures";

describe("the change of a published figure from the year before", () => {
  it("is the difference and its per cent between two published numbers", () => {
    expect(changeOf(170, 100, "count")).toEqual({ kind: "count", difference: 70, pct: 70 });
    expect(changeOf(12, 0, "count")).toEqual({ kind: "count", difference: 12, pct: null });
    expect(changeOf(20, 27, "points")).toEqual({ kind: "points", difference: -7 });
  });

  it("is not shown when the figure is hidden in either year, whatever the other", () => {
    for (const [current, previous] of [
      ["<10", 25],
      [25, "<10"],
      ["x", "x"],
      [0, "x"],
    ] as const)
      expect(changeOf(current, previous, "count")).toEqual({ kind: "hidden" });
  });

  it("is none when the previous year is not published or a value is blank", () => {
    expect(changeOf(40, undefined, "count")).toEqual({ kind: "none" });
    expect(changeOf(null, 20, "points")).toEqual({ kind: "none" });
    expect(changeOf(70, 50, "none")).toEqual({ kind: "none" });
  });
});
