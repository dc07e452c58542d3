import { describe, expect, it } from "vitest";

import { isKnownCountry, regionOf } from "./regions";

describe("regionOf", () => {
  it("puts Mexico in Central America (intermediate region, as M49 does)", () => {
    expect(regionOf("MEX")).toBe("Central America");
  });

  it("puts Guatemala in Central America (intermediate region)", () => {
    expect(regionOf("GTM")).toBe("Central America");
  });

  it("falls back to sub-region Western Europe for France, which has no intermediate region", () => {
    expect(regionOf("FRA")).toBe("Western Europe");
    expect(regionOf("CHE")).toBe("Western Europe");
  });

  it("gives null for Antarctica, which has no M49 region", () => {
    expect(regionOf("ATA")).toBeNull();
  });

  it("gives null for an unknown code", () => {
    expect(regionOf("XXX")).toBeNull();
    expect(regionOf("")).toBeNull();
  });
});

describe("isKnownCountry", () => {
  it("knows listed alpha-3 codes, including ones without a region", () => {
    expect(isKnownCountry("MEX")).toBe(true);
    expect(isKnownCountry("ATA")).toBe(true);
  });

  it("rejects unknown and non-alpha-3 codes", () => {
    expect(isKnownCountry("XXX")).toBe(false);
    expect(isKnownCountry("MX")).toBe(false);
    expect(isKnownCountry("mex")).toBe(false);
  });
});
