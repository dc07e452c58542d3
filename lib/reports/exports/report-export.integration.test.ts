import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { wordsOf } from "@/lib/i18n/catalogues";
import { stopBoss } from "@/lib/jobs/boss";
import { requestReportExportAction } from "@/lib/reports/exports/actions";
import { startReportWorkers, stopReportWorkers } from "@/lib/reports/exports/report-export-worker";
import { executeAction } from "@/lib/safe-action";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

import { requestReportExport } from "./request-report-export";
import { runReportExport } from "./run-report-export";

beforeEach(async () => {
  await resetDatabase();
  const mex = await makeOffice("MEX");
  const beneficiary = await makeBeneficiary(mex.id, { birthDate: "1990-04-12" });
  await db.beneficiary.update({
    where: { id: beneficiary.id },
    data: { givenName: "Zebulon", familyName: "Quackenbush" },
  });
  await makeServices(await makeCase(mex, "AVR", { beneficiary }), ["COUNSELLING", "2012-02-01"]);
  // Eleven more, so that the world holds the k = 10 people disclosure control asks.
  for (let index = 0; index < 11; index++)
    await makeServices(await makeCase(mex, "AVR", { beneficiary: await makeBeneficiary(mex.id) }), [
      "COUNSELLING",
      "2012-02-01",
    ]);
});
afterAll(async () => {
  await stopReportWorkers();
  await stopBoss();
});

async function queued(
  format: "CSV" | "XLSX" | "PDF",
  filter: object = { year: 2012 },
  locale = "en",
) {
  const hq = await makeUser("HQ", null);
  return db.reportExport.create({ data: { requestedById: hq.id, format, filter, locale } });
}

describe("report export jobs", () => {
  it("renders CSV, XLSX and PDF files and records progress up to 100 in PostgreSQL", async () => {
    for (const [format, magic] of [
      ["CSV", "\uFEFFYear"],
      ["XLSX", "PK"],
      ["PDF", "%PDF"],
    ] as const) {
      const job = await queued(format);
      await runReportExport(job.id);
      const done = await db.reportExport.findUniqueOrThrow({ where: { id: job.id } });
      expect(done.status, format).toBe("DONE");
      expect(done.progress).toBe(100);
      expect(
        Buffer.from(done.content!)
          .toString("latin1")
          .startsWith(Buffer.from(magic).toString("latin1")),
      ).toBe(true);
      if (format === "CSV") {
        const text = Buffer.from(done.content!).toString();
        expect(text).toContain("migrantsAssisted,12");
        for (const personal of ["Zebulon", "Quackenbush", "1990-04-12"])
          expect(text).not.toContain(personal);
      }
    }
  }, 60_000);

  it("names each file by year and filter", async () => {
    for (const [format, filter, filename] of [
      ["CSV", { year: 2012 }, "passage-annual-2012.csv"],
      [
        "XLSX",
        { year: 2012, region: "Central America" },
        "passage-annual-2012-central-america.xlsx",
      ],
    ] as const) {
      const job = await queued(format, filter);
      await runReportExport(job.id);
      const done = await db.reportExport.findUniqueOrThrow({ where: { id: job.id } });
      expect(done.filename).toBe(filename);
    }
  }, 60_000);

  it("marks a job FAILED when its filter is invalid, and lets pg-boss retry it", async () => {
    const hq = await makeUser("HQ", null);
    const job = await db.reportExport.create({
      data: { requestedById: hq.id, format: "CSV", filter: { year: "never" } },
    });
    await expect(runReportExport(job.id)).rejects.toThrow();
    expect((await db.reportExport.findUniqueOrThrow({ where: { id: job.id } })).status).toBe(
      "FAILED",
    );
  });

  it("runs a requested export through the pg-boss queue and worker", async () => {
    await startReportWorkers();
    const hq = await makeUser("HQ", null);
    const { id } = await requestReportExport(hq, { format: "CSV", filter: { year: 2012 } });
    let status = "QUEUED";
    for (let attempt = 0; attempt < 60 && status !== "DONE"; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await db.reportExport.findUniqueOrThrow({ where: { id } })).status;
    }
    expect(status).toBe("DONE");
    expect(await db.auditEntry.count({ where: { action: "report.export", entityId: id } })).toBe(1);
  }, 60_000);

  it("refuses a selection of fewer than k people before queueing it, and the job fails it", async () => {
    const small = await makeOffice("GTM");
    for (let index = 0; index < 2; index++)
      await makeServices(
        await makeCase(small, "AVR", { beneficiary: await makeBeneficiary(small.id) }),
        ["COUNSELLING", "2012-03-01"],
      );
    const hq = await makeUser("HQ", null);
    const filter = { year: 2012, office: small.code };
    await expect(requestReportExport(hq, { format: "CSV", filter })).rejects.toThrow("VALIDATION");
    expect(await db.reportExport.count()).toBe(0);
    const job = await db.reportExport.create({
      data: { requestedById: hq.id, format: "CSV", filter },
    });
    await runReportExport(job.id);
    const failed = await db.reportExport.findUniqueOrThrow({ where: { id: job.id } });
    expect([failed.status, failed.content]).toEqual(["FAILED", null]);
  });

  it("stores the language asked for and writes the file in it: CSV labels from that catalogue, keys unchanged", async () => {
    const hq = await makeUser("HQ", null);
    const { id } = await requestReportExport(hq, {
      format: "CSV",
      filter: { year: 2012 },
      locale: "es",
    });
    expect((await db.reportExport.findUniqueOrThrow({ where: { id } })).locale).toBe("es");
    await runReportExport(id);
    const [labels, keys] = Buffer.from(
      (await db.reportExport.findUniqueOrThrow({ where: { id } })).content!,
    )
      .toString()
      .split("\r\n");
    const { t } = await wordsOf("es");
    expect(labels).toBe(
      `\uFEFF${t("report.csv.year")},${t("report.csv.office")},${t("report.csv.host_country")},${t("report.csv.region")},${t("report.csv.figure")},${t("report.csv.value")},${t("report.csv.generated_at")}`,
    );
    expect(keys).toBe("year,office,host_country,region,figure,value,generated_at");
  });

  it("refuses a language that is not offered, and writes nothing", async () => {
    const hq = await makeUser("HQ", null);
    const result = await executeAction(requestReportExportAction.definition, hq, {
      format: "XLSX",
      filter: { year: 2012 },
      locale: "de",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { locale: ["invalidChoice"] },
    });
    expect(await db.reportExport.count()).toBe(0);
  });

  it("writes a job whose language is no longer offered in English", async () => {
    const job = await queued("CSV", { year: 2012 }, "tlh");
    await runReportExport(job.id);
    const done = await db.reportExport.findUniqueOrThrow({ where: { id: job.id } });
    expect(Buffer.from(done.content!).toString()).toMatch(/^\uFEFFYear,Office,/);
  });

  it("refuses field roles", async () => {
    const mex = await makeOffice("GTM");
    const caseworker = await makeUser("CASEWORKER", mex.id);
    await expect(
      requestReportExport(caseworker, { format: "CSV", filter: { year: 2012 } }),
    ).rejects.toThrow("FORBIDDEN");
  });
});
