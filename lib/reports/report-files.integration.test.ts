import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { makeCase, makeOffice, makeServices, resetDatabase } from "@/lib/testing/kit";

import { computeAnnualReport } from "./compute-annual-report";
import { publishAnnualReport } from "./publish-annual-report";
import { reportToCsv } from "./report-csv";
import { reportToXlsx } from "./report-xlsx";

beforeEach(resetDatabase);

const generatedAt = new Date("2026-12-01T02:03:04.000Z");

async function centralAmerica2012() {
  const gtm = await makeOffice("GTM");
  await makeServices(await makeCase(gtm, "AVR"), ["COUNSELLING", "2012-02-01"]);
  return publishAnnualReport(
    await computeAnnualReport(db, { year: 2012, region: "Central America" }),
  );
}

describe("the filter and the generation time in exported files", () => {
  it("keeps the CSV's keys and hashtags as its first rows and carries filter and time in columns", async () => {
    const lines = reportToCsv(await centralAmerica2012(), generatedAt).split("\r\n");
    expect(lines[0]).toBe("\uFEFFyear,office,host_country,region,figure,value,generated_at");
    const tags = lines[1]!.split(",");
    expect(tags).toHaveLength(7);
    expect(tags.every((tag) => tag.startsWith("#"))).toBe(true);
    expect(lines).toContain("2012,,,Central America,migrantsAssisted,1,2026-12-01T02:03:04.000Z");
  });

  it("opens the XLSX on an About sheet with the title, the filter and the time", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await reportToXlsx(await centralAmerica2012(), generatedAt)) as unknown as ArrayBuffer,
    );
    const about = workbook.worksheets[0]!;
    expect(about.name).toBe("About");
    const fields = Object.fromEntries(
      about.getSheetValues().flatMap((row) => (Array.isArray(row) ? [[row[1], row[2]]] : [])),
    );
    expect(fields).toMatchObject({
      title: "Annual report 2012 — Central America",
      year: 2012,
      region: "Central America",
      generated_at: "2026-12-01T02:03:04.000Z",
    });
  });
});
