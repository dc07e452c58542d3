import { describe, expect, it } from "vitest";

import { withYearGaps, type TrendPoint } from "./trend";

const point = (year: number, migrantsAssisted: number | string): TrendPoint => ({
  year,
  migrantsAssisted,
  votAssisted: 0,
  children: "<10",
});

describe("withYearGaps", () => {
  it("adds the years between that have no data, with no figure", () => {
    expect(withYearGaps([point(2010, 50), point(2013, 80)])).toEqual([
      point(2010, 50),
      { year: 2011, migrantsAssisted: null, votAssisted: null, children: null },
      { year: 2012, migrantsAssisted: null, votAssisted: null, children: null },
      point(2013, 80),
    ]);
  });

  it("keeps consecutive years as they are, and nothing as nothing", () => {
    expect(withYearGaps([point(2011, 1), point(2012, 2)])).toEqual([
      point(2011, 1),
      point(2012, 2),
    ]);
    expect(withYearGaps([])).toEqual([]);
  });
});
