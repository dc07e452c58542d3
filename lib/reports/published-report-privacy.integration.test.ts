import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";

import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { wordsOf } from "@/lib/i18n/catalogues";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  resetDatabase,
} from "@/lib/testing/kit";

import { computeAnnualReport } from "./compute-annual-report";
import { publishAnnualReport } from "./publish-annual-report";
import { reportToCsv } from "./report-csv";
import { reportToXlsx } from "./report-xlsx";

beforeEach(resetDatabase);

async function xlsxText(buffer: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
  );
  return cells.join("\n");
}

describe("what leaves the application for HQ", () => {
  it("contains no name, birth date or case reference in JSON, CSV or XLSX", async () => {
    const mex = await makeOffice("MEX");
    const people = [];
    for (let index = 0; index < 12; index++) {
      const beneficiary = await makeBeneficiary(mex.id, {
        ref: `REF-ZQX-${index}`,
        givenName: "Wilhelmina",
        familyName: `Quartermaine${index}`,
        sex: index % 2 ? "F" : "M",
        birthDate: `19${70 + index}-03-17`,
        nationality: "HND",
      });
      const created = await makeCase(mex, index % 3 ? "AVR" : "VOT", {
        beneficiary,
        ref: `CASE-ZQX-${index}`,
        identifiedOn: "2012-01-01",
        exploitationTypes: ["FORCED_LABOUR"],
        labourSector: "AGRICULTURE",
      });
      await makeServices(created, ["COUNSELLING", "2012-04-01"], ["SHELTER", "2012-04-02"]);
      people.push({ ...beneficiary, caseRef: `CASE-ZQX-${index}` });
    }
    const report = publishAnnualReport(await computeAnnualReport(db, { year: 2012 }));
    const outputs = [
      JSON.stringify(report),
      reportToCsv(report, await wordsOf("en")),
      await xlsxText(await reportToXlsx(report, await wordsOf("en"))),
    ];
    for (const output of outputs) {
      expect(output).toContain("12"); // the outputs are real, not empty
      for (const person of people) {
        for (const value of [
          person.givenName,
          person.familyName,
          person.ref,
          person.caseRef,
          formatDay(person.birthDate),
        ]) {
          expect(output).not.toContain(value);
        }
      }
    }
  });

  it("shows breakdown cells of 1 to 9 people as <10 while top-line totals stay exact", async () => {
    const mex = await makeOffice("MEX");
    for (let index = 0; index < 20; index++) {
      const beneficiary = await makeBeneficiary(mex.id, {
        ref: `R${index}`,
        givenName: "A",
        familyName: "B",
        sex: index < 3 ? "F" : "M",
        birthDate: null,
        nationality: index < 19 ? "HND" : "GTM",
      });
      await makeServices(await makeCase(mex, "AVR", { beneficiary }), [
        "COUNSELLING",
        "2012-04-01",
      ]);
    }
    const report = publishAnnualReport(await computeAnnualReport(db, { year: 2012 }));
    expect(report.migrantsAssisted).toBe(20);
    expect(report.sex.female).toBe("<10");
    expect(report.sex.male).toBe("x"); // else 12 - male would give the hidden female count
    expect(report.sex.malePct).toBeNull();
    expect(report.breakdowns.nationality).toEqual({ GTM: "<10", HND: "x" });
  });
});
