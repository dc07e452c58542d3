import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { wordsOf } from "@/lib/i18n/catalogues";
import { makeCase, makeOffice, makeServices, resetDatabase } from "@/lib/testing/kit";
import { pseudoWords } from "@/lib/testing/pseudo-words";

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
  it("starts the CSV with a row of labels in the reader's language, then the keys and hashtags, and carries filter and time in columns", async () => {
    const lines = reportToCsv(await centralAmerica2012(), await wordsOf("en"), generatedAt).split(
      "\r\n",
    );
    expect(lines[0]).toBe("\uFEFFYear,Office,Host country,Region,Figure,Value,Generated at (UTC)");
    expect(lines[1]).toBe("year,office,host_country,region,figure,value,generated_at");
    const tags = lines[2]!.split(",");
    expect(tags).toHaveLength(7);
    expect(tags.every((tag) => tag.startsWith("#"))).toBe(true);
    expect(lines).toContain("2012,,,Central America,migrantsAssisted,1,2026-12-01T02:03:04.000Z");
  });

  it("takes the CSV's labels from the catalogue and keeps keys and hashtags whatever the language", async () => {
    const report = await centralAmerica2012();
    const [labels, keys, tags] = reportToCsv(report, pseudoWords("ar"), generatedAt).split("\r\n");
    const unwrapped = labels!
      .replace("\uFEFF", "")
      .split(",")
      .filter((cell) => !/^⟦.+⟧$/.test(cell));
    expect(unwrapped).toStrictEqual([]);
    const [, englishKeys, englishTags] = reportToCsv(
      report,
      await wordsOf("en"),
      generatedAt,
    ).split("\r\n");
    expect([keys, tags]).toStrictEqual([englishKeys, englishTags]);
  });

  it("opens the XLSX on an About sheet with the title, the filter and the time", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await reportToXlsx(
        await centralAmerica2012(),
        await wordsOf("en"),
        generatedAt,
      )) as unknown as ArrayBuffer,
    );
    const about = workbook.worksheets[0]!;
    expect(about.name).toBe("About");
    const fields = Object.fromEntries(
      about.getSheetValues().flatMap((row) => (Array.isArray(row) ? [[row[1], row[2]]] : [])),
    );
    expect(fields).toMatchObject({
      Title: "Annual report 2012 — Central America",
      Year: 2012,
      Office: "All",
      Region: "Central America",
      "Generated at (UTC)": "2026-12-01T02:03:04.000Z",
    });
  });
});

describe("the XLSX in the reader's language", () => {
  it("names every sheet, header and About label from the catalogue, codes kept beside labels", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await reportToXlsx(
        await centralAmerica2012(),
        pseudoWords("es"),
        generatedAt,
      )) as unknown as ArrayBuffer,
    );
    // Sheet names are cut at Excel's 31 characters, so only their opening bracket is sure.
    const notFromCatalogue = (texts: unknown[]) =>
      texts.filter((text) => !(typeof text === "string" && /^⟦.+/.test(text)));
    expect(notFromCatalogue(workbook.worksheets.map((sheet) => sheet.name))).toStrictEqual([]);
    for (const sheet of workbook.worksheets) {
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(notFromCatalogue(header), sheet.name).toStrictEqual([]);
    }
    const about = workbook.worksheets[0]!.getSheetValues().slice(2);
    expect(notFromCatalogue(about.map((row) => (row as unknown[])[1]))).toStrictEqual([]);
    const services = workbook.worksheets.find((sheet) => sheet.name.includes("Service types"))!;
    expect((services.getRow(2).values as unknown[]).slice(1, 3)).toStrictEqual([
      "COUNSELLING",
      "⟦Counselling⟧",
    ]);
  });
});
