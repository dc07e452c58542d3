import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";

import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { caseOf, office, services } from "@/lib/testing/report-fixtures";
import { resetDatabase } from "@/lib/testing/reset-database";

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
    const mex = await office("MEX");
    const people = [];
    for (let index = 0; index < 12; index++) {
      const beneficiary = await db.beneficiary.create({
        data: {
          ref: `REF-ZQX-${index}`,
          officeId: mex.id,
          givenName: "Wilhelmina",
          familyName: `Quartermaine${index}`,
          sex: index % 2 ? "F" : "M",
          birthDate: new Date(`19${70 + index}-03-17T00:00:00Z`),
          nationality: "HND",
        },
      });
      const created = await caseOf(beneficiary, mex, index % 3 ? "AVR" : "VOT", {
        types: ["FORCED_LABOUR"],
        sector: "AGRICULTURE",
      });
      await db.case.update({ where: { id: created.id }, data: { ref: `CASE-ZQX-${index}` } });
      await services(created, ["COUNSELLING", "2012-04-01"], ["SHELTER", "2012-04-02"]);
      people.push({ ...beneficiary, caseRef: `CASE-ZQX-${index}` });
    }
    const report = publishAnnualReport(await computeAnnualReport(db, { year: 2012 }));
    const outputs = [
      JSON.stringify(report),
      reportToCsv(report),
      await xlsxText(await reportToXlsx(report)),
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
    const mex = await office("MEX");
    for (let index = 0; index < 20; index++) {
      const beneficiary = await db.beneficiary.create({
        data: {
          ref: `R${index}`,
          officeId: mex.id,
          givenName: "A",
          familyName: "B",
          sex: index < 3 ? "F" : "M",
          nationality: index < 19 ? "HND" : "GTM",
        },
      });
      await services(await caseOf(beneficiary, mex, "AVR"), ["COUNSELLING", "2012-04-01"]);
    }
    const report = publishAnnualReport(await computeAnnualReport(db, { year: 2012 }));
    expect(report.migrantsAssisted).toBe(20);
    expect(report.sex.female).toBe("<10");
    expect(report.sex.male).toBe("x"); // else 12 - male would give the hidden female count
    expect(report.sex.malePct).toBeNull();
    expect(report.breakdowns.nationality).toEqual({ GTM: "<10", HND: "x" });
  });
});
