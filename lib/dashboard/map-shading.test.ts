import { describe, expect, it } from "vitest";

import { shadeClasses, shadeMap } from "./map-shading";

describe("shadeClasses", () => {
  it("splits the distinct values into five whole-number ranges", () => {
    expect(shadeClasses([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])).toEqual([
      { from: 10, to: 29 },
      { from: 30, to: 49 },
      { from: 50, to: 69 },
      { from: 70, to: 89 },
      { from: 90, to: 100 },
    ]);
  });

  it("uses fewer classes than values, and none for no value", () => {
    expect(shadeClasses([12, 12, 40])).toEqual([
      { from: 12, to: 39 },
      { from: 40, to: 40 },
    ]);
    expect(shadeClasses([])).toEqual([]);
  });
});

describe("shadeMap", () => {
  it("shades numbers by class, marks hidden cells as hidden, and leaves zeros and UNKNOWN off", () => {
    const { cells, classes } = shadeMap({
      MEX: 500,
      GTM: 12,
      DEU: "x",
      FRA: "<10",
      ITA: 0,
      UNKNOWN: 40,
    });

    expect(classes).toEqual([
      { from: 12, to: 499 },
      { from: 500, to: 500 },
    ]);
    expect(cells).toEqual({
      MEX: { state: "shown", value: 500, shade: 1 },
      GTM: { state: "shown", value: 12, shade: 0 },
      DEU: { state: "hidden", marker: "x" },
      FRA: { state: "hidden", marker: "<10" },
    });
  });
});
