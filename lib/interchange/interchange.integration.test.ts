import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { beforeEach, describe, expect, it } from "vitest";

import { db, pool } from "@/lib/db";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeProject,
  makeServices,
  ownerPool,
  resetDatabase,
} from "@/lib/testing/kit";

import { formatRowError } from "./columns";
import { exportInterchange } from "./export-interchange";
import { folderSources } from "./folder-sources";
import { importInterchange } from "./import-interchange";

beforeEach(resetDatabase);

async function withClient<T>(work: (client: import("pg").PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}
const importFolder = (folder: string) =>
  withClient((client) => importInterchange(client, folderSources(folder), null));
const exportFolder = async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "passage-export-"));
  await withClient((client) => exportInterchange(client, folder));
  return folder;
};
const counts = async () => ({
  offices: await db.office.count(),
  projects: await db.project.count(),
  beneficiaries: await db.beneficiary.count(),
  cases: await db.case.count(),
  services: await db.service.count(),
});

async function buildDataset() {
  const mex = await makeOffice("MEX", "MEX-TAP");
  const deu = await makeOffice("DEU", "DEU-BER");
  await makeProject(mex.id, "2010-01-01", "2012-01-01");
  const names = [
    { sex: "F", birthDate: "1990-04-12", nationality: "HND" },
    { sex: "M", birthDate: null, nationality: null },
    { sex: "X", birthDate: "2000-02-29", nationality: "GTM" },
  ] as const;
  for (const [index, fields] of names.entries()) {
    const beneficiary = await makeBeneficiary((index === 2 ? deu : mex).id, fields);
    await db.beneficiary.update({
      where: { id: beneficiary.id },
      data: {
        givenName: index === 0 ? 'María "Mari", José' : "Nour",
        familyName: index === 1 ? "عبد الله\nline" : "Quispe",
      },
    });
    const avr = await makeCase(index === 2 ? deu : mex, "AVR", {
      beneficiary,
      openedOn: "2011-01-01",
      migrantCategory: "VISA_OVERSTAYER",
    });
    await makeServices(
      avr,
      ["COUNSELLING", "2012-02-01"],
      ["COUNSELLING", "2012-02-01"],
      ["RETURN_TRAVEL", "2011-05-05"],
      { type: "RETURN_TRAVEL", deliveredOn: "2012-03-01", amountMinor: 12_050, currency: "EUR" },
      { type: "TRANSPORT", deliveredOn: "2012-03-02", amountMinor: 1500, currency: "JPY" },
    );
  }
  const victim = await makeBeneficiary(mex.id, {
    sex: "F",
    birthDate: "1997-01-01",
    nationality: "SLV",
  });
  const vot = await makeCase(mex, "VOT", {
    beneficiary: victim,
    openedOn: "2012-05-01",
    identifiedOn: "2012-05-01",
    exploitationTypes: ["FORCED_LABOUR", "SEXUAL"],
    labourSector: "AGRICULTURE",
    exploitationCountry: "USA",
  });
  await db.case.update({
    where: { id: vot.id },
    data: { status: "CLOSED", closedOn: new Date("2012-12-01") },
  });
  await makeServices(vot, ["SHELTER", "2012-05-02"], ["LEGAL", "2011-12-31"]);
  await makeServices(await makeCase(mex, "REINTEGRATION", { beneficiary: victim }), [
    "EMPLOYMENT",
    "2012-08-01",
  ]);
}

describe("interchange export and import", () => {
  it("export, then import into an empty database, gives the same report and the same records", async () => {
    await buildDataset();
    const before = {
      report: await computeAnnualReport(db, { year: 2012 }),
      counts: await counts(),
    };
    const folder = await exportFolder();
    expect(readFileSync(path.join(folder, "services.csv"), "utf8")).toContain("120.50,EUR");
    await resetDatabase();
    const result = await importFolder(folder);
    expect(result.ok).toBe(true);
    expect(await counts()).toEqual(before.counts);
    expect(await computeAnnualReport(db, { year: 2012 })).toEqual(before.report);
    const again = await exportFolder();
    for (const file of [
      "offices.csv",
      "projects.csv",
      "beneficiaries.csv",
      "cases.csv",
      "services.csv",
    ]) {
      expect(readFileSync(path.join(again, file), "utf8"), file).toBe(
        readFileSync(path.join(folder, file), "utf8"),
      );
    }
  });

  it("a large load into an empty database takes the bulk path: the same records and report, every index and summary trigger back", async () => {
    await buildDataset();
    const before = {
      report: await computeAnnualReport(db, { year: 2012 }),
      counts: await counts(),
    };
    const catalog = () =>
      ownerPool()
        .query<{ fact: string }>(
          `SELECT indexname || ' ' || indexdef AS fact FROM pg_indexes
            WHERE tablename IN ('beneficiaries', 'cases', 'services')
           UNION ALL
           SELECT tgname || ' ' || tgenabled::text FROM pg_trigger
            WHERE tgrelid IN ('cases'::regclass, 'services'::regclass) AND NOT tgisinternal
           ORDER BY 1`,
        )
        .then(({ rows }) => rows.map((row) => row.fact));
    const structure = await catalog();
    const folder = await exportFolder();
    // 5,000 people returned in 2010, each with a closed AVR case: 10,000 rows that the 2012
    // report does not count.
    const append = (file: string, lines: string[]) =>
      writeFileSync(
        path.join(folder, file),
        `${readFileSync(path.join(folder, file), "utf8").trimEnd()}\n${lines.join("\n")}\n`,
      );
    const project = readFileSync(path.join(folder, "projects.csv"), "utf8").split("\n")[1]!;
    const people = Array.from({ length: 5_000 }, (_, i) => String(i).padStart(5, "0"));
    append(
      "beneficiaries.csv",
      people.map((n) => `BULK-${n},Given${n},Family${n},F,1990-01-01,HND`),
    );
    append(
      "cases.csv",
      people.map(
        (n) =>
          `BULK-C-${n},BULK-${n},AVR,MEX-TAP,${project.split(",")[0]},2010-06-01,2010-12-01,OTHER,HND,,,,`,
      ),
    );
    await resetDatabase();
    const result = await importFolder(folder);
    expect(result).toMatchObject({ ok: true, path: "bulk" });
    expect(await counts()).toEqual({
      ...before.counts,
      beneficiaries: before.counts.beneficiaries + 5_000,
      cases: before.counts.cases + 5_000,
    });
    expect(await computeAnnualReport(db, { year: 2012 })).toEqual(before.report);
    expect(await catalog()).toEqual(structure);
    // Into a database that already holds more than the load brings: the incremental path.
    expect(await importFolder(folder)).toMatchObject({ ok: true, path: "incremental" });
  });

  it("importing the same folder twice changes nothing", async () => {
    await buildDataset();
    const folder = await exportFolder();
    await resetDatabase();
    expect((await importFolder(folder)).ok).toBe(true);
    const after = await counts();
    const stamp = await db.case.aggregate({ _max: { updatedAt: true } });
    const second = await importFolder(folder);
    expect(second).toMatchObject({ ok: true, rowsWritten: 0 });
    expect(await counts()).toEqual(after);
    expect(await db.case.aggregate({ _max: { updatedAt: true } })).toEqual(stamp);
  });

  it("reads files with a byte-order mark and quoted fields across lines", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "passage-import-"));
    writeFileSync(
      path.join(folder, "offices.csv"),
      `\uFEFFcode,name,host_country\r\nMEX-1,"Tapachula, ""south""\nsecond line",MEX\r\n`,
    );
    expect(await importFolder(folder)).toMatchObject({ ok: true });
    expect((await db.office.findUniqueOrThrow({ where: { code: "MEX-1" } })).name).toBe(
      'Tapachula, "south"\nsecond line',
    );
  });

  it("writes nothing when any row is bad, and lists every bad row as file:line: column: message", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "passage-bad-"));
    writeFileSync(
      path.join(folder, "offices.csv"),
      "code,name,host_country\nMEX-1,Tapachula,MEX\nXX-1,Nowhere,XXX\nMEX-1,Again,MEX\n",
    );
    writeFileSync(
      path.join(folder, "projects.csv"),
      "code,title,office_code,start_date,end_date\nP1,Project,MEX-1,2012-01-01,2011-01-01\nP2,Project,NOPE,2012-02-30,\n",
    );
    writeFileSync(
      path.join(folder, "beneficiaries.csv"),
      "ref,given_name,family_name,sex,birth_date,nationality\nB1,Ana,Lopez,F,1990-01-01,HND\nB2,Ben,,Q,,\n",
    );
    writeFileSync(
      path.join(folder, "cases.csv"),
      [
        "ref,beneficiary_ref,kind,office_code,project_code,opened_on,closed_on,migrant_category,return_country,identified_on,exploitation_types,labour_sector,exploitation_country",
        "C1,B1,AVR,MEX-1,P1,2012-01-01,,,HND,,,,",
        "C2,B9,VOT,MEX-1,P1,2012-01-01,,,,2012-01-01,SEXUAL;SLAVERY,AGRICULTURE,",
      ].join("\n") + "\n",
    );
    writeFileSync(
      path.join(folder, "services.csv"),
      "case_ref,type,delivered_on,amount,currency\nC1,COUNSELLING,2012-01-02,12.345,EUR\nC1,COUNSELLING,2012-01-02\n",
    );
    const result = await importFolder(folder);
    expect(result.ok).toBe(false);
    const listed = result.ok ? [] : result.errors.map(formatRowError);
    expect(listed).toEqual([
      'offices.csv:3: host_country: "XXX" is not an ISO 3166 alpha-3 country code',
      "offices.csv:4: code: duplicate of line 2",
      "projects.csv:2: end_date: is before start_date",
      "projects.csv:3: start_date: is not a date (YYYY-MM-DD)",
      "beneficiaries.csv:2: ref: a new beneficiary needs a valid case in cases.csv (their office is that of their first case)",
      "beneficiaries.csv:3: family_name: is required",
      'beneficiaries.csv:3: sex: "Q" is not one of M, F, X, U',
      "cases.csv:2: migrant_category: is required",
      'cases.csv:3: exploitation_types: "SLAVERY" is not one of FORCED_LABOUR, SEXUAL, FORCED_BEGGING, FORCED_MARRIAGE, ORGAN_REMOVAL, FORCED_CRIMINALITY, OTHER, FORCED_MILITARY_SERVICE, ILLEGAL_ADOPTION, SURROGACY, SLAVERY_AND_SIMILAR_PRACTICES, CHILD_LABOUR',
      "cases.csv:3: labour_sector: is only for forced labour",
      'services.csv:2: amount: "12.345" is not a non-negative amount with at most 2 decimals',
      "services.csv:3: row: has 3 fields, expected 5",
    ]);
    expect(await counts()).toEqual({
      offices: 0,
      projects: 0,
      beneficiaries: 0,
      cases: 0,
      services: 0,
    });
  });

  it("reports references to records that exist neither in the folder nor in the database", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "passage-refs-"));
    writeFileSync(
      path.join(folder, "projects.csv"),
      "code,title,office_code,start_date,end_date\nP2,Project,NOPE,2012-01-01,\n",
    );
    writeFileSync(
      path.join(folder, "services.csv"),
      "case_ref,type,delivered_on,amount,currency\nC404,COUNSELLING,2012-01-02,,\n",
    );
    const result = await importFolder(folder);
    expect(result.ok ? [] : result.errors.map(formatRowError)).toEqual([
      'projects.csv:2: office_code: no office "NOPE"',
      "services.csv:2: case_ref: no case with this ref",
    ]);
  });
});
