import { describe, expect, it } from "vitest";

import {
  changePercent,
  changePoints,
  percentOf,
  roundHalfAwayFromZero,
  roundRatio,
} from "./rounding";

describe("rounding half away from zero", () => {
  it("rounds .5 up for positive and down for negative values", () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
    expect(roundHalfAwayFromZero(-0.4)).toBe(0);
  });

  it("rounds exact integer ratios without floating-point drift (1/8 = 12.5 % -> 13)", () => {
    expect(roundRatio(100, 8)).toBe(13);
    expect(roundRatio(-100, 8)).toBe(-13);
    expect(roundRatio(100, -8)).toBe(-13);
    expect(roundRatio(57, 200)).toBe(0);
    // 0.285 * 100 is 28.499999999999996 in floating point; 57/200 * 100 is exactly 28.5.
    expect(roundRatio(5700, 200)).toBe(29);
  });
});

describe("percentOf", () => {
  it("gives the share in whole per cent, half away from zero", () => {
    expect(percentOf(1, 8)).toBe(13);
    expect(percentOf(77, 100)).toBe(77);
    expect(percentOf(1300, 6499)).toBe(20);
  });

  it("gives null for an empty whole", () => {
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe("changePercent", () => {
  it("is (this - previous) / previous x 100, rounded", () => {
    expect(changePercent(170, 100)).toBe(70);
    expect(changePercent(100_010, 58_830)).toBe(70);
    expect(changePercent(199, 200)).toBe(-1); // -0.5 rounds away from zero
  });

  it("is null when there was nothing the previous year", () => {
    expect(changePercent(5, 0)).toBeNull();
  });
});

describe("changePoints", () => {
  it("subtracts the unrounded shares: 20.003 % - 27.0 % = -6.997 -> -7 points", () => {
    expect(changePoints(1300, 6499, 1350, 5000)).toBe(-7);
  });

  it("uses unrounded shares even when rounded shares would give another answer", () => {
    // 12.4 % and 11.6 % both round to 12, yet the change is 0.8 points -> 1.
    expect(changePoints(124, 1000, 116, 1000)).toBe(1);
  });
});
