import { describe, expect, it } from "vitest";

import { wordsOf } from "@/lib/i18n/catalogues";

import { reportFileName, reportTitle, slugify } from "./report-naming";

const all = { office: null, hostCountry: null, region: null };

describe("report file names and titles", () => {
  it("slugifies to lower-case ASCII words", () => {
    expect(slugify("Central America")).toBe("central-america");
    expect(slugify("Côte d’Ivoire")).toBe("cote-d-ivoire");
    expect(slugify("MEX-TAP")).toBe("mex-tap");
    expect(slugify("  Latin America and the Caribbean ")).toBe("latin-america-and-the-caribbean");
  });

  it("names the file by year and filter", () => {
    expect(reportFileName({ year: 2012, filter: all }, "pdf")).toBe("passage-annual-2012.pdf");
    expect(
      reportFileName({ year: 2012, filter: { ...all, region: "Central America" } }, "pdf"),
    ).toBe("passage-annual-2012-central-america.pdf");
    expect(reportFileName({ year: 2012, filter: { ...all, office: "MEX-TAP" } }, "csv")).toBe(
      "passage-annual-2012-office-mex-tap.csv",
    );
    expect(reportFileName({ year: 2012, filter: { ...all, hostCountry: "MEX" } }, "xlsx")).toBe(
      "passage-annual-2012-country-mex.xlsx",
    );
  });

  it("titles the report by year and, when filtered, the filter in words", async () => {
    const en = await wordsOf("en");
    expect(reportTitle({ year: 2012, filter: all }, en)).toBe("Annual report 2012");
    expect(reportTitle({ year: 2012, filter: { ...all, region: "Central America" } }, en)).toBe(
      "Annual report 2012 — Central America",
    );
    expect(reportTitle({ year: 2012, filter: { ...all, hostCountry: "MEX" } }, en)).toBe(
      "Annual report 2012 — Mexico",
    );
    expect(reportTitle({ year: 2012, filter: { ...all, office: "MEX-TAP" } }, en)).toBe(
      "Annual report 2012 — office MEX-TAP",
    );
  });
});
