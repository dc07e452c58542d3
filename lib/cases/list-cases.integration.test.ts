import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { ageOn } from "@/lib/beneficiaries/birth-date";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { listCases } from "@/lib/cases/list-cases";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CaseKind, CaseStatus } from "@/lib/generated/prisma/enums";
import {
  birthdayYearsAgo,
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;

const insertCase = (
  office: Office,
  beneficiaryId: string,
  ref: string,
  kind: CaseKind,
  status: CaseStatus,
  openedOn: string,
) =>
  makeCase(office, kind, {
    beneficiary: { id: beneficiaryId },
    ref,
    status,
    openedOn,
    closedOn: status === "CLOSED" ? "2026-04-20" : undefined,
    identifiedOn: openedOn,
  });

describe("listCases", () => {
  let officeA: Office;
  let officeB: Office;
  let caseworker: Actor;
  // Office A: José Pérez (adult, AVR OPEN), Ana García (17, VOT), Luis Ortega (no birth date, REINTEGRATION),
  // Marta Zapata (exactly 18 today, AVR CLOSED). Office B: another José Pérez.
  let c1: string, c2: string, c3: string, c4: string;

  const list = (params: Record<string, unknown>) =>
    listCases(caseworker, caseListQuerySchema.parse({ assignee: "all", ...params }));
  const refsOf = async (params: Record<string, unknown>) =>
    (await list(params)).rows.map((row) => row.ref);

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", officeA.id);
    const jose = await makeBeneficiary(officeA.id, {
      givenName: "José",
      familyName: "Pérez",
      sex: "M",
      nationality: "HND",
      birthDate: birthdayYearsAgo(30),
    });
    const ana = await makeBeneficiary(officeA.id, {
      givenName: "Ana",
      familyName: "García",
      sex: "F",
      nationality: "GTM",
      birthDate: birthdayYearsAgo(17),
    });
    const luis = await makeBeneficiary(officeA.id, {
      givenName: "Luis",
      familyName: "Ortega",
      sex: "M",
      nationality: "SLV",
      birthDate: null,
    });
    const marta = await makeBeneficiary(officeA.id, {
      givenName: "Marta",
      familyName: "Zapata",
      sex: "F",
      nationality: "HND",
      birthDate: birthdayYearsAgo(18),
    });
    const joseB = await makeBeneficiary(officeB.id, {
      givenName: "José",
      familyName: "Pérez",
      sex: "M",
      nationality: "HND",
      birthDate: birthdayYearsAgo(30),
    });
    c1 = `${officeA.code}-AVR-2026-000001`;
    c2 = `${officeA.code}-VOT-2026-000001`;
    c3 = `${officeA.code}-REINTEGRATION-2026-000001`;
    c4 = `${officeA.code}-AVR-2026-000002`;
    await insertCase(officeA, jose.id, c1, "AVR", "OPEN", "2026-01-15");
    await insertCase(officeA, ana.id, c2, "VOT", "IDENTIFIED", "2026-02-01");
    await insertCase(officeA, luis.id, c3, "REINTEGRATION", "MONITORING", "2026-03-31");
    await insertCase(officeA, marta.id, c4, "AVR", "CLOSED", "2026-04-01");
    await insertCase(
      officeB,
      joseB.id,
      `${officeB.code}-AVR-2026-000001`,
      "AVR",
      "OPEN",
      "2026-02-01",
    );
  });

  it("lists only the actor's office's cases, newest opening first by default, with the beneficiary's columns", async () => {
    const result = await list({});

    expect(result.rows.map((row) => row.ref)).toStrictEqual([c4, c3, c2, c1]);
    expect(result).toMatchObject({ total: 4, page: 1, size: 25 });
    expect(result.rows[3]).toStrictEqual({
      id: expect.any(String),
      ref: c1,
      kind: "AVR",
      status: "OPEN",
      openedOn: toDay("2026-01-15"),
      givenName: "José",
      familyName: "Pérez",
      sex: "M",
      nationality: "HND",
      birthDate: toDay(birthdayYearsAgo(30)),
      version: 1,
      assignedToId: null,
      assigneeName: null,
    });
  });

  it("gives office B's caseworker only office B's case", async () => {
    caseworker = await makeUser("CASEWORKER", officeB.id);

    expect(await refsOf({})).toStrictEqual([`${officeB.code}-AVR-2026-000001`]);
  });

  it.each<[string, Record<string, string>, () => string[]]>([
    ["kind AVR", { kind: "AVR" }, () => [c4, c1]],
    ["kind VOT", { kind: "VOT" }, () => [c2]],
    ["status CLOSED", { status: "CLOSED" }, () => [c4]],
    ["status MONITORING", { status: "MONITORING" }, () => [c3]],
    ["sex F", { sex: "F" }, () => [c4, c2]],
    ["nationality HND", { nationality: "HND" }, () => [c4, c1]],
    ["nationality GTM (office B's José is not listed)", { nationality: "GTM" }, () => [c2]],
    ["child: born 17 years ago today (no birth date: neither)", { age: "child" }, () => [c2]],
    ["adult: born 30 years ago, and exactly 18 today", { age: "adult" }, () => [c4, c1]],
    [
      "openedFrom 2026-02-01 to 2026-03-31, both days included",
      { openedFrom: "2026-02-01", openedTo: "2026-03-31" },
      () => [c3, c2],
    ],
    ["openedTo 2026-01-15 (the day itself)", { openedTo: "2026-01-15" }, () => [c1]],
    ["openedFrom 2026-04-01 (the day itself)", { openedFrom: "2026-04-01" }, () => [c4]],
    ["kind AVR and sex F together", { kind: "AVR", sex: "F" }, () => [c4]],
  ])("filters by %s", async (_label, params, expected) => {
    const result = await list(params);

    expect(result.rows.map((row) => row.ref)).toStrictEqual(expected());
    expect(result.total).toBe(expected().length);
  });

  describe("search q", () => {
    it("matches a ref fragment, whatever its case", async () => {
      expect(await refsOf({ q: "avr-2026-000002" })).toStrictEqual([c4]);
      expect(await refsOf({ q: "-2026-00000" })).toStrictEqual([c4, c3, c2, c1]);
    });

    it("'perez' and 'PÉREZ' find Pérez (accents and case ignored), only in the actor's office", async () => {
      expect(await refsOf({ q: "perez" })).toStrictEqual([c1]);
      expect(await refsOf({ q: "PÉREZ" })).toStrictEqual([c1]);
      expect(await refsOf({ q: "jose p" })).toStrictEqual([c1]);
      expect(await refsOf({ q: "garcia" })).toStrictEqual([c2]);
    });

    it("'%' and '_' are literal characters, not wildcards: they match nothing here", async () => {
      expect(await list({ q: "%" })).toMatchObject({ rows: [], total: 0 });
      expect(await list({ q: "_" })).toMatchObject({ rows: [], total: 0 });
      expect(await list({ q: "p%z" })).toMatchObject({ rows: [], total: 0 });
    });

    it("a term matching nothing gives no rows and total 0", async () => {
      expect(await list({ q: "nobody" })).toStrictEqual({
        rows: [],
        total: 0,
        people: null,
        page: 1,
        size: 25,
        assignee: "all",
      });
    });
  });

  describe("sorting", () => {
    it("by ref ascending and descending", async () => {
      expect(await refsOf({ sort: "ref", dir: "asc" })).toStrictEqual([c1, c4, c3, c2]);
      expect(await refsOf({ sort: "ref", dir: "desc" })).toStrictEqual([c2, c3, c4, c1]);
    });

    it("by name (family name, then given name) ascending and descending", async () => {
      expect(await refsOf({ sort: "name", dir: "asc" })).toStrictEqual([c2, c3, c1, c4]);
      expect(await refsOf({ sort: "name", dir: "desc" })).toStrictEqual([c4, c1, c3, c2]);
    });

    it("by name in linguistic order, not byte order: Álvarez comes before Ortega and Zapata", async () => {
      const alvarez = await makeBeneficiary(officeA.id, {
        givenName: "Inés",
        familyName: "Álvarez",
      });
      const ref = `${officeA.code}-AVR-2026-000099`;
      await insertCase(officeA, alvarez.id, ref, "AVR", "OPEN", "2026-01-10");

      expect(await refsOf({ sort: "name", dir: "asc" })).toStrictEqual([ref, c2, c3, c1, c4]);
    });

    it("by opening day ascending", async () => {
      expect(await refsOf({ sort: "openedOn", dir: "asc" })).toStrictEqual([c1, c2, c3, c4]);
    });
  });

  describe("pagination", () => {
    let officeC: Office;
    let refsC: string[];

    beforeEach(async () => {
      officeC = await makeOffice("HND");
      caseworker = await makeUser("CASEWORKER", officeC.id);
      const person = await makeBeneficiary(officeC.id);
      refsC = Array.from(
        { length: 30 },
        (_, index) => `${officeC.code}-AVR-2026-${String(index + 1).padStart(6, "0")}`,
      );
      for (const ref of refsC)
        await makeCase(officeC, "AVR", { beneficiary: person, ref, openedOn: "2026-05-01" });
    });

    it("page 2 of size 25 by ref holds the last 5 of 30; the total is 30", async () => {
      const result = await list({ sort: "ref", dir: "asc", size: "25", page: "2" });

      expect(result.rows.map((row) => row.ref)).toStrictEqual(refsC.slice(25));
      expect(result).toMatchObject({ total: 30, page: 2, size: 25 });
    });

    it("page 1 holds the first 25; size 50 holds all 30", async () => {
      expect(await refsOf({ sort: "ref", dir: "asc" })).toStrictEqual(refsC.slice(0, 25));
      expect(await refsOf({ sort: "ref", dir: "asc", size: "50" })).toStrictEqual(refsC);
    });

    it("a page past the end shows the last page and says so: page 99 of size 25 is page 2", async () => {
      const result = await list({ sort: "ref", dir: "asc", page: "99" });

      expect(result.rows.map((row) => row.ref)).toStrictEqual(refsC.slice(25));
      expect(result).toMatchObject({ total: 30, page: 2, size: 25 });
    });

    it("a page below 1 shows page 1; a size outside 25, 50 and 100 falls back to 25", async () => {
      const result = await list({ sort: "ref", dir: "asc", page: "-3", size: "1000" });

      expect(result.rows.map((row) => row.ref)).toStrictEqual(refsC.slice(0, 25));
      expect(result).toMatchObject({ total: 30, page: 1, size: 25 });
    });

    it("the same opening day sorts by ref as tie-breaker, so pages neither repeat nor skip a case", async () => {
      const page1 = await refsOf({ sort: "openedOn", dir: "desc" });
      const page2 = await refsOf({ sort: "openedOn", dir: "desc", page: "2" });

      expect([...page1, ...page2]).toStrictEqual([...refsC].reverse());
    });
  });

  it("invalid URL params fall back to the defaults instead of failing", async () => {
    const params = {
      kind: "RESETTLEMENT",
      status: "nope",
      sex: "Q",
      nationality: "XXX",
      age: "old",
      openedFrom: "yesterday",
      openedTo: "2026-02-30",
      sort: "ref; DROP TABLE cases",
      dir: "sideways",
      page: "0",
      size: "7",
      q: ["a", "b"],
    };

    const result = await list(params);

    expect(result.rows.map((row) => row.ref)).toStrictEqual([c4, c3, c2, c1]);
    expect(result).toMatchObject({ total: 4, page: 1, size: 25 });
    expect(await db.case.count()).toBe(5);
  });

  it("refuses HQ with AppError FORBIDDEN", async () => {
    const hq = await makeUser("HQ", null);

    await expect(listCases(hq, caseListQuerySchema.parse({}))).rejects.toStrictEqual(
      new AppError("FORBIDDEN"),
    );
  });

  describe("on 29 February of a leap year", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("someone born 1 March 18 years before (still 17) is a child, not an adult", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2028-02-29T12:00:00.000Z"));
      const officeD = await makeOffice("MEX");
      caseworker = await makeUser("CASEWORKER", officeD.id);
      const teen = await makeBeneficiary(officeD.id, { birthDate: "2010-03-01" });
      await insertCase(
        officeD,
        teen.id,
        `${officeD.code}-AVR-2028-000001`,
        "AVR",
        "OPEN",
        "2028-02-01",
      );
      expect(ageOn(toDay("2010-03-01"), toDay("2028-02-29"))).toBe(17);

      expect(await refsOf({ age: "child" })).toStrictEqual([`${officeD.code}-AVR-2028-000001`]);
      expect(await refsOf({ age: "adult" })).toStrictEqual([]);
    });
  });
});
