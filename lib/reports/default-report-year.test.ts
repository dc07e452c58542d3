import { describe, expect, it } from "vitest";

import { defaultReportYear } from "./default-report-year";

const today = new Date("2026-12-01T12:00:00Z");

describe("the year the HQ home and the annual report open on", () => {
  it("is the latest complete year with data, not the current year", () => {
    expect(defaultReportYear([2026, 2012, 2011], today)).toBe(2012);
    expect(defaultReportYear([2025, 2012], today)).toBe(2025);
  });

  it("is the current year when only it has data, else the last complete year", () => {
    expect(defaultReportYear([2026], today)).toBe(2026);
    expect(defaultReportYear([], today)).toBe(2025);
  });
});
