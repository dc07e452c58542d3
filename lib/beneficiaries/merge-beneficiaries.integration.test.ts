import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { mergeBeneficiariesAction } from "@/lib/beneficiaries/actions";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  makeBeneficiary,
  makeCase,
  makeHousehold,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
  rowCounts,
  type Input,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;

describe("mergeBeneficiariesAction", () => {
  let office: Office;
  let supervisor: Actor;
  let survivor: { id: string };
  let duplicate: { id: string };

  const merge = (actor: Actor | null, overrides: Input = {}) =>
    executeAction(mergeBeneficiariesAction.definition, actor, {
      survivorId: survivor.id,
      mergedId: duplicate.id,
      survivorVersion: 1,
      mergedVersion: 1,
      isSamePersonConfirmed: true,
      idempotencyKey: randomUUID(),
      ...overrides,
    });
  const record = (id: string) => db.beneficiary.findUniqueOrThrow({ where: { id } });
  const report = () => computeAnnualReport(db, { year: 2026 });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    supervisor = await makeUser("SUPERVISOR", office.id);
    // One woman registered twice: once with her birth date, once with her phone.
    survivor = await makeBeneficiary(office.id, {
      givenName: "Ana",
      familyName: "García",
      birthDate: "1990-01-01",
      nationality: "HND",
    });
    duplicate = await makeBeneficiary(office.id, {
      givenName: "Ana",
      familyName: "Garcia",
      birthDate: null,
      nationality: null,
    });
    await db.beneficiary.update({ where: { id: duplicate.id }, data: { phone: "+504 5555" } });
  });

  it("moves the other record's cases to the survivor; the annual report then counts the person once", async () => {
    const first = await makeCase(office, "AVR", { beneficiary: survivor });
    const second = await makeCase(office, "REINTEGRATION", { beneficiary: duplicate });
    await makeServices(first, ["COUNSELLING", "2026-02-01"]);
    await makeServices(second, ["COUNSELLING", "2026-03-01"]);
    const before = await report();
    expect(before.migrantsAssisted).toBe(2);
    expect(before.age).toMatchObject({ adults: 1, unknown: 1 });

    const result = await merge(supervisor);

    expect(result).toStrictEqual({ ok: true, data: { survivorId: survivor.id, movedCases: 1 } });
    const cases = await db.case.findMany({ where: { id: { in: [first.id, second.id] } } });
    expect(cases.map((row) => row.beneficiaryId)).toStrictEqual([survivor.id, survivor.id]);
    const after = await report();
    expect(after.migrantsAssisted).toBe(1);
    expect(after.age).toMatchObject({ adults: 1, unknown: 0 });
    expect(after.counsellingSessions).toBe(2);
  });

  it("leaves a tombstone that leads to the survivor, fills the survivor's gaps only, and audits it all", async () => {
    const moved = await makeCase(office, "AVR", { beneficiary: duplicate });

    expect((await merge(supervisor)).ok).toBe(true);

    expect(await record(duplicate.id)).toMatchObject({ mergedIntoId: survivor.id, version: 2 });
    expect(await record(survivor.id)).toMatchObject({
      mergedIntoId: null,
      birthDate: toDay("1990-01-01"),
      nationality: "HND",
      phone: "+504 5555",
      familyName: "García",
      version: 2,
    });
    const audit = await auditRows();
    expect(audit.map((row) => [row.action, row.entity_id, row.changed_fields])).toStrictEqual([
      ["case.beneficiary-merged", moved.id, ["beneficiaryId"]],
      ["beneficiary.merge", survivor.id, ["phone"]],
      ["beneficiary.merged-into", duplicate.id, ["mergedIntoId", "mergedAt"]],
    ]);
    expect(audit.every((row) => row.actor_id === supervisor.id)).toBe(true);
    expect(audit.some((row) => row.row.includes("5555"))).toBe(false);
  });

  it("the merged record's household membership passes to the survivor, or ends when the survivor has a household of its own", async () => {
    const sister = await makeBeneficiary(office.id);
    const household = await makeHousehold(office.id, [duplicate, sister]);
    expect((await merge(supervisor)).ok).toBe(true);
    const members = () =>
      db.householdMember.findMany({
        where: { householdId: household.id },
        select: { beneficiaryId: true },
      });
    expect((await members()).map((member) => member.beneficiaryId).sort()).toStrictEqual(
      [survivor.id, sister.id].sort(),
    );

    const twice = await makeBeneficiary(office.id);
    await makeHousehold(office.id, [twice]);
    expect(
      (
        await merge(supervisor, {
          survivorId: survivor.id,
          mergedId: twice.id,
          survivorVersion: 2,
          mergedVersion: 1,
        })
      ).ok,
    ).toBe(true);
    expect(await db.householdMember.count({ where: { beneficiaryId: twice.id } })).toBe(0);
    expect((await members()).map((member) => member.beneficiaryId)).toContain(survivor.id);
  });

  it("moves a case handed over to another office too, though the supervisor cannot see it", async () => {
    const berlin = await makeOffice("DEU");
    const handedOver = await makeCase(berlin, "VOT", { beneficiary: duplicate });
    await makeServices(handedOver, ["COUNSELLING", "2026-02-01"]);

    expect(await merge(supervisor)).toMatchObject({ ok: true, data: { movedCases: 1 } });

    expect((await db.case.findUniqueOrThrow({ where: { id: handedOver.id } })).beneficiaryId).toBe(
      survivor.id,
    );
    const [audit] = await auditRows("case.beneficiary-merged");
    expect(audit).toMatchObject({ entity_id: handedOver.id, office_id: berlin.id });
  });

  it("a record merged before into the merged one now leads straight to the survivor", async () => {
    const older = await makeBeneficiary(office.id, { givenName: "Ana", familyName: "Garsia" });
    await db.beneficiary.update({
      where: { id: older.id },
      data: { mergedIntoId: duplicate.id, mergedAt: new Date() },
    });

    expect((await merge(supervisor)).ok).toBe(true);

    expect((await record(older.id)).mergedIntoId).toBe(survivor.id);
  });

  it("refuses without writing: a caseworker, another office, a record into itself, a merged record, a stale version", async () => {
    const caseworker = await makeUser("CASEWORKER", office.id);
    const elsewhere = await makeOffice("GTM");
    const otherSupervisor = await makeUser("SUPERVISOR", elsewhere.id);
    const stranger = await makeBeneficiary(elsewhere.id, { givenName: "Ana" });
    const before = await rowCounts();

    expect(await merge(caseworker)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await merge(otherSupervisor)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await merge(supervisor, { mergedId: stranger.id })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await merge(supervisor, { mergedId: survivor.id })).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { mergedId: ["mergeIntoItself"] },
    });
    expect(await merge(supervisor, { mergedVersion: 7 })).toMatchObject({
      ok: false,
      error: "CONFLICT",
    });
    expect(await merge(supervisor, { isSamePersonConfirmed: false })).toMatchObject({
      ok: false,
      error: "VALIDATION",
    });
    expect(await rowCounts()).toStrictEqual(before);

    expect((await merge(supervisor)).ok).toBe(true);
    expect(
      await merge(supervisor, {
        survivorId: duplicate.id,
        mergedId: survivor.id,
        survivorVersion: 2,
        mergedVersion: 2,
      }),
    ).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["beneficiaryMerged"] },
    });
  });

  it("two supervisors merging the same two records opposite ways at once: one merge, the other refused", async () => {
    const colleague = await makeUser("SUPERVISOR", office.id);
    await makeCase(office, "AVR", { beneficiary: survivor });
    await makeCase(office, "AVR", { beneficiary: duplicate });

    const results = await Promise.all([
      merge(supervisor),
      merge(colleague, { survivorId: duplicate.id, mergedId: survivor.id }),
    ]);

    // The later one is refused whichever way it lost: its version was stale (CONFLICT), or it
    // read a record that had become a tombstone already (beneficiaryMerged).
    const outcomes = results.map((result) =>
      result.ok ? "ok" : `${result.error}:${result.fieldErrors?._form?.[0] ?? ""}`,
    );
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(1);
    expect(["CONFLICT:", "VALIDATION:beneficiaryMerged"]).toContain(
      outcomes.find((outcome) => outcome !== "ok"),
    );
    const people = await db.beneficiary.findMany({
      where: { id: { in: [survivor.id, duplicate.id] } },
      select: { id: true, mergedIntoId: true, _count: { select: { cases: true } } },
    });
    expect(people.filter((person) => person.mergedIntoId === null)).toHaveLength(1);
    expect(people.map((person) => person._count.cases).sort()).toStrictEqual([0, 2]);
    expect(await auditRows("beneficiary.merge")).toHaveLength(1);
  });

  it("refuses to move a case on legal hold, in any office; keeping its record as the survivor works", async () => {
    const berlin = await makeOffice("DEU");
    const held = await makeCase(berlin, "VOT", { beneficiary: duplicate });
    await db.case.update({
      where: { id: held.id },
      data: { legalHoldSince: new Date(), legalHoldReason: "Prosecution" },
    });
    const before = await rowCounts();

    expect(await merge(supervisor)).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["mergedCaseOnLegalHold"] },
    });
    expect(await rowCounts()).toStrictEqual(before);
    expect((await record(duplicate.id)).mergedIntoId).toBeNull();

    const reversed = await merge(supervisor, { survivorId: duplicate.id, mergedId: survivor.id });
    expect(reversed).toMatchObject({ ok: true, data: { survivorId: duplicate.id } });
  });
});
