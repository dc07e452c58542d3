import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { readHxlCsv } from "@/lib/testing/hxl";
import { makeCase, makeOffice, makeServices, resetDatabase } from "@/lib/testing/kit";
import type { ServiceType } from "@/lib/vocabulary";

import { flattenReport } from "../flatten-report";
import { hxlMetadata } from "./hxl-metadata";
import { splitFigure } from "./hxl-rows";
import { publishAllYears } from "./publish-all-years";
import { allYearsToHxlCsv, indicatorName } from "./report-hxl";

beforeEach(resetDatabase);

// People assisted in an office: one case each, a service on the given day.
async function assist(people: number, on: string, hostCountry = "MEX") {
  const office = await makeOffice(hostCountry);
  for (let index = 0; index < people; index++)
    await makeServices(await makeCase(office, "AVR"), ["COUNSELLING", on]);
}

describe("the multi-year HXL export", () => {
  it("is valid HXL: every column tagged right under the header, one row per published figure of every publishable year", async () => {
    await assist(12, "2011-03-01");
    await assist(15, "2012-05-01");
    await assist(3, "2012-06-01", "GTM");
    await assist(2, "2013-01-10");
    const allYears = await publishAllYears(db, 10);
    const { header, tags, rows } = readHxlCsv(allYearsToHxlCsv(allYears));

    expect(tags[header.indexOf("year")]).toBe("#date+year");
    expect(tags[header.indexOf("value")]).toBe("#indicator+value+num");
    // 2013 has 2 people: the world may not be published, so the year is named, not shown.
    expect(allYears.refusedYears).toEqual([2013]);
    expect([...new Set(rows.map((row) => row[0]))]).toEqual(["2011", "2012"]);
    const figures = allYears.reports.flatMap((report) => flattenReport(report));
    expect(rows).toHaveLength(figures.length);
  });

  it("writes hidden counts as their markers, never their values, and says so", async () => {
    const office = await makeOffice("MEX");
    for (let index = 0; index < 15; index++) {
      const shelter: [ServiceType, string][] = index < 3 ? [["SHELTER", "2012-05-02"]] : [];
      await makeServices(await makeCase(office, "AVR"), ["COUNSELLING", "2012-05-01"], ...shelter);
    }
    await assist(3, "2012-06-01", "GTM");
    const { header, rows } = readHxlCsv(allYearsToHxlCsv(await publishAllYears(db, 10)));
    const cell = (indicator: string, dimension: string, value: string) =>
      rows.find(
        (row) =>
          row[header.indexOf("indicator_code")] === indicator &&
          row[header.indexOf(dimension)] === value,
      )!;
    const [value, disclosure] = [header.indexOf("value"), header.indexOf("disclosure")];
    const shelter = cell("breakdowns.serviceTypes", "service_type", "SHELTER");
    expect([shelter[value], shelter[disclosure]]).toEqual(["<10", "below-threshold"]);
    // An office too small to publish is withheld in the place breakdowns.
    const guatemala = cell("breakdowns.hostCountry", "host_country", "GTM");
    expect([guatemala[value], guatemala[disclosure]]).toEqual(["x", "withheld"]);
  });

  it("splits categories out of figure names and names every indicator", async () => {
    await assist(15, "2012-05-01");
    const { reports } = await publishAllYears(db, 10);
    expect(splitFigure("vot.exploitation.SEXUAL.pct")).toEqual({
      indicator: "vot.exploitation.pct",
      dimensions: { exploitation_type: "SEXUAL" },
    });
    expect(splitFigure("breakdowns.sexByAge.F.child")).toEqual({
      indicator: "breakdowns.sexByAge",
      dimensions: { sex: "F", age_group: "child" },
    });
    expect(splitFigure("sex.malePct")).toEqual({ indicator: "sex.malePct", dimensions: {} });
    for (const { figure } of flattenReport(reports[0]!)) {
      const { indicator } = splitFigure(figure);
      expect(indicatorName(indicator), indicator).not.toBe(`hxl.indicators.${indicator}`);
    }
  });

  it("comes with metadata: title, source, methodology, date range and the disclosure rule", async () => {
    await assist(12, "2011-03-01");
    await assist(15, "2012-05-01");
    const metadata = hxlMetadata(await publishAllYears(db, 10));
    expect(metadata).toMatchObject({
      years: [2011, 2012],
      dateRange: { start: "2011-01-01", end: "2012-12-31" },
      disclosureControl: { threshold: 10 },
    });
    expect(metadata.title).toContain("2011–2012");
    expect(metadata.disclosureControl.rule).toContain("<10");
    expect(metadata.source.length * metadata.methodology.length).toBeGreaterThan(0);
    expect(metadata.file.columns.map((column) => column.name)).toContain("indicator_code");
    for (const column of metadata.file.columns)
      expect(column.description, column.name).not.toContain("hxl.metadata");
  });
});
