import { describe, expect, it } from "vitest";

import { toDay } from "@/lib/dates";

import { isRetentionOver, retentionEndsOn } from "./retention-periods";

describe("retention periods", () => {
  it("ends on the anniversary of closure: 5 years for AVR and REINTEGRATION, 10 for VOT", () => {
    expect(retentionEndsOn("AVR", toDay("2020-03-15"))).toEqual(toDay("2025-03-15"));
    expect(retentionEndsOn("REINTEGRATION", toDay("2020-03-15"))).toEqual(toDay("2025-03-15"));
    expect(retentionEndsOn("VOT", toDay("2020-03-15"))).toEqual(toDay("2030-03-15"));
  });

  it("moves a 29 February closure to 28 February of a common year", () => {
    expect(retentionEndsOn("AVR", toDay("2020-02-29"))).toEqual(toDay("2025-02-28"));
  });

  it("is over on the anniversary, not the day before", () => {
    expect(isRetentionOver("AVR", toDay("2020-03-15"), toDay("2025-03-14"))).toBe(false);
    expect(isRetentionOver("AVR", toDay("2020-03-15"), toDay("2025-03-15"))).toBe(true);
  });
});
