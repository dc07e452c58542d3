import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";

import { DEMO_HOSTS, demoOriginCountries } from "@/lib/demo/seed-demo-2012";

import { alpha3FromNumeric } from "./countries";
import { worldCountryShapes } from "./world-map";

const drawn = new Set(worldCountryShapes().map((shape) => shape.country));

describe("alpha3FromNumeric", () => {
  it("turns world-atlas's ISO numeric ids into the records' alpha-3 codes", () => {
    expect(alpha3FromNumeric("484")).toBe("MEX");
    expect(alpha3FromNumeric("276")).toBe("DEU");
    expect(alpha3FromNumeric("320")).toBe("GTM");
    expect(alpha3FromNumeric("250")).toBe("FRA");
    expect(alpha3FromNumeric("578")).toBe("NOR");
  });

  it("gives nothing for a code that is not an ISO country", () => {
    expect(alpha3FromNumeric("999")).toBeUndefined();
    expect(alpha3FromNumeric("")).toBeUndefined();
  });

  it("round-trips every country of the demo, hosts and origins", () => {
    for (const code of new Set([...DEMO_HOSTS, ...demoOriginCountries()]))
      expect(alpha3FromNumeric(countries.alpha3ToNumeric(code)!), code).toBe(code);
  });
});

describe("worldCountryShapes", () => {
  it("draws every demo host country but the two too small for a 1:110m map", () => {
    expect(DEMO_HOSTS.filter((code) => !drawn.has(code))).toEqual(["LIE", "MLT"]);
  });

  it("draws 136 of the demo's 191 countries of origin (the others are small islands and states)", () => {
    const origins = demoOriginCountries();
    expect(origins.filter((code) => drawn.has(code))).toHaveLength(136);
  });

  it("names each drawn shape by a distinct ISO code, except the three that have none", () => {
    const shapes = worldCountryShapes();
    const codes = shapes.flatMap((shape) => (shape.country ? [shape.country] : []));
    expect(new Set(codes).size).toBe(codes.length);
    expect(shapes.length - codes.length).toBe(3);
    expect(drawn.has("ATA")).toBe(false);
    expect(shapes.every((shape) => shape.path.startsWith("M"))).toBe(true);
  });
});
