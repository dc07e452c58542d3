import { describe, expect, it } from "vitest";

import { dayInTimeZone } from "./office-day";

describe("dayInTimeZone", () => {
  it("gives the office's day, not the server's UTC day, around midnight", () => {
    const lateInUtc = new Date("2026-03-01T23:30:00Z");
    expect(dayInTimeZone("UTC", lateInUtc)).toBe("2026-03-01");
    expect(dayInTimeZone("Europe/Berlin", lateInUtc)).toBe("2026-03-02");
    expect(dayInTimeZone("America/Mexico_City", new Date("2026-03-02T03:00:00Z"))).toBe(
      "2026-03-01",
    );
  });
});
