import countries from "i18n-iso-countries";
import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db, pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  ControlMethod,
  ExploitationType,
  LabourSector,
  RecruitmentMethod,
  Sex,
  SexExploitationType,
  TraffickingStatus,
} from "@/lib/generated/prisma/enums";
import {
  auditRows,
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

import {
  CASE_LEVEL_COLUMNS,
  COLUMN_VALUE_SETS,
  COUNTRY_COLUMNS,
  IDENTIFYING_COLUMNS,
} from "./case-level-columns";
import { ANONYMISED_COLUMNS, exportAnonymisedHtcds } from "./export-anonymised-htcds";
import { exportHtcdsCases } from "./export-htcds-cases";
import {
  controlMethodOf,
  exploitationTypeOf,
  genderOf,
  recruitmentMethodOf,
  sexExploitationTypeOf,
  traffickingStatusOf,
  typeOfLabourOf,
} from "./htcds-mapping";
import { QUASI_IDENTIFIERS } from "./k-anonymity";
import { anonymisedExportSchema, caseLevelExportSchema } from "./schemas";
import { serveHtcdsCases } from "./serve-htcds-export";

type Office = Awaited<ReturnType<typeof makeOffice>>;

// RFC 4180, as csvDocument writes it (BOM, CRLF, quoted cells).
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== "\r") cell += c;
  }
  return rows;
}

const all = <E extends Record<string, string>>(e: E) => Object.values(e) as E[keyof E][];
const at = <T>(list: T[], i: number) => list[i % list.length]!;
const NATIONALITIES = ["HND", "GTM", "SLV", "NGA", "UKR", "VNM", "PHL"];
const AGES = [5, 12, 19, 22, 25, 28, 35, 44, 60];
const caseLevel = (overrides: Record<string, unknown> = {}) =>
  caseLevelExportSchema.parse({ reason: "Data-sharing agreement with CTDC, 2026", ...overrides });

// One VOT case per index, so that together they use every value of every vocabulary the
// HTCDS export maps.
async function makeEveryValueCases(office: Office) {
  const count = Math.max(
    ...[ControlMethod, RecruitmentMethod, ExploitationType, AGES].map((v) => Object.keys(v).length),
  );
  for (let i = 0; i < count; i++) {
    const beneficiary = await makeBeneficiary(office.id, {
      givenName: `Given${i}`,
      familyName: `Family${i}`,
      sex: at(all(Sex), i),
      birthDate: `${2026 - at(AGES, i)}-01-01`,
      nationality: at(NATIONALITIES, i),
    });
    await makeCase(office, "VOT", {
      beneficiary,
      identifiedOn: "2026-02-01",
      status: i % 2 ? "ASSISTING" : "IDENTIFIED",
      exploitationTypes: [
        ...new Set([at(all(ExploitationType), i), "FORCED_LABOUR", "SEXUAL"]),
      ] as ExploitationType[],
      labourSector: at(all(LabourSector), i),
      exploitationCountry: "MEX",
      traffickingStatus: at(all(TraffickingStatus), i),
      recruitmentMethods: [at(all(RecruitmentMethod), i), at(all(RecruitmentMethod), i + 1)],
      recruitmentCountry: at(NATIONALITIES, i + 1),
      controlMethods: [at(all(ControlMethod), i)],
      sexExploitationTypes: [at(all(SexExploitationType), i)],
    });
  }
  return count;
}

describe("HTCDS exports", () => {
  let officeA: Office;
  let officeB: Office;
  let supervisor: Actor;
  let caseworker: Actor;
  let hq: Actor;
  let admin: Actor;

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("DEU");
    supervisor = await makeUser("SUPERVISOR", officeA.id);
    caseworker = await makeUser("CASEWORKER", officeA.id);
    hq = await makeUser("HQ", null);
    admin = await makeUser("ADMIN", null);
  });

  it("writes every HTCDS field the app holds, each value from HTCDS's value set, over cases using every enum value", async () => {
    const count = await makeEveryValueCases(officeA);
    const file = await exportHtcdsCases(supervisor, caseLevel());
    const [header, ...rows] = parseCsv(file.csv);
    expect(header).toStrictEqual([...CASE_LEVEL_COLUMNS]);
    expect(rows).toHaveLength(count);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);
    for (const [name, valueSet] of Object.entries(COLUMN_VALUE_SETS))
      for (const cell of column(name))
        for (const value of cell.split(";").filter(Boolean))
          expect(valueSet, `${name}: ${value}`).toContain(value);
    for (const name of COUNTRY_COLUMNS)
      for (const cell of column(name)) {
        expect(cell).toMatch(/^[A-Z]{2}$/);
        expect(countries.isValid(cell)).toBe(true);
      }
    // Every value of every vocabulary reached the file.
    const seen = (name: string) => new Set(column(name).flatMap((cell) => cell.split(";")));
    const expectAll = (name: string, words: readonly string[]) =>
      expect([...seen(name)].sort()).toStrictEqual([...new Set(words)].sort());
    expectAll("prs_Gender", Object.values(genderOf));
    expectAll("vic_TraffickingStatus", Object.values(traffickingStatusOf));
    expectAll("vic_MethodOfRecruitment", Object.values(recruitmentMethodOf));
    expectAll("vic_MethodsOfControl", Object.values(controlMethodOf));
    expectAll("vic_TypeOfExploitation", Object.values(exploitationTypeOf));
    expectAll("vic_TypeOfLabourExploitation", Object.values(typeOfLabourOf));
    expectAll("vic_TypeOfSexExploitation", Object.values(sexExploitationTypeOf));
    expectAll("ageBroad", COLUMN_VALUE_SETS.ageBroad!);
    expect(column("yearOfRegistration")).toStrictEqual(rows.map(() => "2026"));
    expect(column("vic_LocationOfExploitation")).toStrictEqual(rows.map(() => "MX"));
  });

  it("leaves out names, contacts and case numbers unless the supervisor asks for them", async () => {
    const beneficiary = await makeBeneficiary(officeA.id, {
      givenName: "Rosa",
      familyName: "Quispe",
    });
    const kase = await makeCase(officeA, "VOT", { beneficiary });
    const plain = await exportHtcdsCases(supervisor, caseLevel());
    expect(plain.csv).not.toContain("Rosa");
    expect(plain.csv).not.toContain("Quispe");
    expect(plain.csv).not.toContain(kase.ref);
    expect(plain.csv).not.toContain("1990-01-01");

    const named = await exportHtcdsCases(supervisor, caseLevel({ includeIdentifying: true }));
    const [header, row] = parseCsv(named.csv);
    expect(header).toStrictEqual([...IDENTIFYING_COLUMNS, ...CASE_LEVEL_COLUMNS]);
    expect(row!.slice(0, 4)).toStrictEqual([kase.ref, "Rosa", "Quispe", "1990-01-01"]);
  });

  it("lets only a supervisor export case-level data, and only HQ and supervisors the anonymised file", async () => {
    for (const actor of [caseworker, hq, admin])
      await expect(exportHtcdsCases(actor, caseLevel())).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    await expect(
      exportHtcdsCases(hq, caseLevel({ includeIdentifying: true })),
    ).rejects.toBeInstanceOf(AppError);
    const input = anonymisedExportSchema.parse({});
    for (const actor of [caseworker, admin])
      await expect(exportAnonymisedHtcds(actor, input)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    await expect(exportAnonymisedHtcds(hq, input)).resolves.toMatchObject({ rowCount: 0 });
    await expect(exportAnonymisedHtcds(supervisor, input)).resolves.toMatchObject({ rowCount: 0 });
    expect(await db.htcdsExport.count()).toBe(2);
  });

  it("refuses a case-level request without a reason, from another site, or from HQ, and writes nothing", async () => {
    const post = (user: Actor | null, body: unknown, origin = "http://localhost") =>
      serveHtcdsCases(
        new Request("http://localhost/api/htcds/cases", {
          method: "POST",
          headers: { origin, host: "localhost", "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        user,
      );
    const noReason = await post(supervisor, { reason: "  ", includeIdentifying: false });
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ fieldErrors: { reason: ["required"] } });
    expect((await post(supervisor, { includeIdentifying: false })).status).toBe(400);
    expect((await post(supervisor, { reason: "DSA" }, "https://evil.example")).status).toBe(403);
    expect((await post(hq, { reason: "DSA" })).status).toBe(403);
    expect((await post(null, { reason: "DSA" })).status).toBe(401);
    expect(await db.htcdsExport.count()).toBe(0);
    expect(await auditRows("htcds.export-cases")).toStrictEqual([]);

    const ok = await post(supervisor, { reason: "DSA with CTDC", yearFrom: 2026 });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toMatch(/attachment; filename="htcds-cases-/);
    expect(await ok.text()).toContain("vic_TypeOfExploitation");
  });

  it("logs each export with its reason, filter and row count, and audits it with field names only", async () => {
    const beneficiary = await makeBeneficiary(officeA.id, {
      givenName: "Rosa",
      familyName: "Quispe",
    });
    await makeCase(officeA, "VOT", { beneficiary });
    await makeCase(officeA, "VOT", { identifiedOn: "2024-05-01" });
    const file = await exportHtcdsCases(
      supervisor,
      caseLevel({ includeIdentifying: true, yearFrom: "2026", yearTo: "2026" }),
    );
    expect(file.rowCount).toBe(1);
    const [log] = await db.htcdsExport.findMany();
    expect(log).toMatchObject({
      form: "CASE_LEVEL",
      requestedById: supervisor.id,
      officeId: officeA.id,
      yearFrom: 2026,
      yearTo: 2026,
      includeIdentifying: true,
      reason: "Data-sharing agreement with CTDC, 2026",
      rowCount: 1,
      recordCount: 1,
    });
    const audit = await auditRows("htcds.export-cases");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: supervisor.id,
      entity_type: "htcds_export",
      entity_id: log!.id,
      office_id: officeA.id,
    });
    expect(audit[0]!.changed_fields).toContain("reason");
    expect(audit[0]!.changed_fields).toContain("rowCount");
    expect(audit[0]!.row).not.toContain("Rosa");
    expect(audit[0]!.row).not.toContain("Data-sharing");
  });

  it("keeps each export to the office it may see", async () => {
    await makeCase(officeA, "VOT", { exploitationCountry: "MEX" });
    await makeCase(officeB, "VOT", { exploitationCountry: "DEU" });
    const own = await exportHtcdsCases(supervisor, caseLevel());
    expect(own.rowCount).toBe(1);
    expect(own.csv).toContain(",MX,");
    expect(own.csv).not.toContain(",DE,");

    const input = (office: string) => anonymisedExportSchema.parse({ office });
    await expect(exportAnonymisedHtcds(supervisor, input(officeB.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await exportAnonymisedHtcds(hq, input(officeB.id));
    await exportAnonymisedHtcds(hq, anonymisedExportSchema.parse({}));
    const logs = await db.htcdsExport.findMany({ orderBy: { createdAt: "asc" } });
    expect(logs.map((log) => [log.officeId, log.recordCount])).toStrictEqual([
      [officeA.id, 1],
      [officeB.id, 1],
      [null, 2],
    ]);
  });

  it("writes an 11-anonymous CTDC-style file, generalising before it suppresses", async () => {
    // 14 alike in 2025, 8 alike in 2026: the 2026 class is too small alone, but the year
    // span 2025-2027 holds all 22. Two more are unlike anyone and must go.
    for (let i = 0; i < 22; i++)
      await makeCase(officeA, "VOT", {
        identifiedOn: i < 14 ? "2025-03-01" : "2026-03-01",
        exploitationCountry: "MEX",
      });
    for (const nationality of ["NGA", "VNM"]) {
      const beneficiary = await makeBeneficiary(officeA.id, {
        nationality,
        sex: "M",
        birthDate: "1950-01-01",
      });
      await makeCase(officeA, "VOT", { beneficiary, exploitationTypes: ["ORGAN_REMOVAL"] });
    }
    // Not a victim: not in the file at all.
    await makeCase(officeA, "VOT", { traffickingStatus: "NOT_A_VICTIM" });

    const file = await exportAnonymisedHtcds(hq, anonymisedExportSchema.parse({}));
    const [header, ...rows] = parseCsv(file.csv);
    expect(header).toStrictEqual([...ANONYMISED_COLUMNS]);
    expect(rows).toHaveLength(22);
    expect(file.keptShare).toBeCloseTo(22 / 24);
    const classes = new Map<string, number>();
    for (const row of rows) classes.set(row.join("|"), (classes.get(row.join("|")) ?? 0) + 1);
    for (const size of classes.values()) expect(size).toBeGreaterThanOrEqual(11);
    expect(new Set(rows.map((row) => row[0]))).toStrictEqual(new Set(["2025-2027"]));
    expect(QUASI_IDENTIFIERS).toHaveLength(6);
    const [audit] = await auditRows("htcds.export-anonymised");
    expect(audit).toMatchObject({ actor_id: hq.id, entity_type: "htcds_export", office_id: null });
    const { rows: logs } = await pool.query("SELECT row_count, record_count FROM htcds_exports");
    expect(logs).toStrictEqual([{ row_count: 22, record_count: 24 }]);
  });
});
