import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { addServiceAction } from "@/lib/cases/actions";
import { toDay } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import type { CaseKind } from "@/lib/generated/prisma/enums";
import { setLegalHoldAction } from "@/lib/legal-hold/actions";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import { ANONYMISED, anonymiseExpiredCases } from "@/lib/retention/anonymise-expired-cases";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
  serviceInput,
} from "@/lib/testing/kit";

const run = (asOf: string, dryRun = false) =>
  anonymiseExpiredCases(db, { asOf: toDay(asOf), dryRun });

// A closed case full of identifying details, for a person with contacts.
async function closedCase(
  at: { id: string; projectId: string },
  kind: CaseKind,
  closedOn: string,
  beneficiary?: { id: string },
) {
  const owner =
    beneficiary ?? (await makeBeneficiary(at.id, { sex: "M", birthDate: "2000-05-15" }));
  await db.beneficiary.update({
    where: { id: owner.id },
    data: {
      givenName: "Amina",
      familyName: "Diallo",
      phone: "+221 77 123 45 67",
      contactEmail: "amina@example.org",
      address: "Rue 10, Dakar",
    },
  });
  const created = await makeCase(at, kind, {
    beneficiary: owner,
    openedOn: "2017-01-10",
    identifiedOn: "2017-01-10",
  });
  await makeServices(created, ["COUNSELLING", "2018-05-10"], ["MEDICAL", "2018-05-20"]);
  await db.service.updateMany({
    where: { caseId: created.id },
    data: { note: "Told us about her uncle Moussa", provider: "Dr. Sow" },
  });
  await db.case.update({
    where: { id: created.id },
    data: {
      status: "CLOSED",
      closedOn: toDay(closedOn),
      travelDetails: "Flight AF718",
      identifiedBy: "Inspector Ndiaye",
    },
  });
  await db.caseFollowUp.create({
    data: {
      caseId: created.id,
      createdById: (await makeUser("CASEWORKER", at.id)).id,
      dueOn: toDay("2018-06-01"),
      text: "Call Amina's uncle Moussa",
    },
  });
  await db.caseStatusChange.create({
    data: {
      caseId: created.id,
      toStatus: "CLOSED",
      fromStatus: "OPEN",
      reason: "Amina returned to Dakar",
    },
  });
  return { caseId: created.id, beneficiaryId: owner.id };
}

async function tableSnapshot(): Promise<string> {
  const { rows } =
    await pool.query(`SELECT (SELECT json_agg(b ORDER BY id) FROM beneficiaries b)::text || (SELECT json_agg(c ORDER BY id) FROM cases c)::text
    || (SELECT json_agg(s ORDER BY id) FROM services s)::text || (SELECT count(*) FROM audit_entries)::text AS snapshot`);
  return rows[0].snapshot as string;
}

describe("anonymiseExpiredCases", () => {
  let mex: Awaited<ReturnType<typeof makeOffice>>;

  beforeEach(async () => {
    await resetDatabase();
    mex = await makeOffice("MEX");
  });

  it("counts a case from the anniversary of its closure: 5 years for AVR, 10 for VOT", async () => {
    await closedCase(mex, "AVR", "2020-03-15");
    await closedCase(mex, "VOT", "2020-03-15");
    expect((await run("2025-03-14", true)).cases).toBe(0);
    expect((await run("2025-03-15", true)).cases).toBe(1);
    expect((await run("2030-03-14", true)).cases).toBe(1);
    expect((await run("2030-03-15", true)).cases).toBe(2);
  });

  it("in a dry run counts what it would do and writes nothing", async () => {
    await closedCase(mex, "AVR", "2019-01-01");
    const before = await tableSnapshot();
    expect(await run("2026-01-01", true)).toEqual({
      expired: 1,
      onLegalHold: 0,
      cases: 1,
      beneficiaries: 1,
    });
    expect(await tableSnapshot()).toBe(before);
  });

  it("removes names, contacts, free text and the exact birth date, one audit entry per record with no personal data, and does nothing the second time", async () => {
    const { caseId, beneficiaryId } = await closedCase(mex, "AVR", "2019-01-01");
    expect(await run("2026-01-01")).toEqual({
      expired: 1,
      onLegalHold: 0,
      cases: 1,
      beneficiaries: 1,
    });
    const person = await db.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryId } });
    expect(person).toMatchObject({
      givenName: ANONYMISED,
      familyName: ANONYMISED,
      phone: null,
      contactEmail: null,
      address: null,
      sex: "M",
      nationality: "HND",
      isBirthDateEstimated: true,
    });
    expect(person.birthDate).not.toEqual(toDay("2000-05-15"));
    expect(person.anonymisedAt).not.toBeNull();
    const stored = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      include: { services: true, statusChanges: true },
    });
    expect(stored).toMatchObject({
      travelDetails: null,
      identifiedBy: null,
      kind: "AVR",
      closedOn: toDay("2019-01-01"),
    });
    expect(
      stored.services.map((service) => [service.type, service.note, service.provider]),
    ).toEqual(
      expect.arrayContaining([
        ["COUNSELLING", null, null],
        ["MEDICAL", null, null],
      ]),
    );
    expect(stored.statusChanges.every((change) => change.reason === null)).toBe(true);
    expect(
      (await db.caseFollowUp.findMany({ where: { caseId }, select: { text: true } })).map(
        (row) => row.text,
      ),
    ).toEqual([ANONYMISED]);
    const audits = (await auditRows()).filter((row) => row.action.endsWith(".anonymise"));
    expect(audits.map((row) => [row.action, row.entity_id, row.actor_id])).toEqual([
      ["case.anonymise", caseId, null],
      ["beneficiary.anonymise", beneficiaryId, null],
    ]);
    for (const text of ["Amina", "Diallo", "Moussa", "Dakar", "2000-05-15"])
      expect(audits.map((row) => row.row).join()).not.toContain(text);

    const after = await tableSnapshot();
    expect(await run("2026-01-01")).toEqual({
      expired: 0,
      onLegalHold: 0,
      cases: 0,
      beneficiaries: 0,
    });
    expect(await tableSnapshot()).toBe(after);
  });

  it("anonymises a record merged into the person together with them, not before", async () => {
    const { beneficiaryId } = await closedCase(mex, "AVR", "2019-01-01");
    const tombstone = await makeBeneficiary(mex.id, { givenName: "Amina", familyName: "Dialo" });
    await db.beneficiary.update({
      where: { id: tombstone.id },
      data: { mergedIntoId: beneficiaryId, mergedAt: new Date(), phone: "+221 70 000 00 00" },
    });
    expect((await run("2023-01-01")).beneficiaries).toBe(0);
    expect((await db.beneficiary.findUniqueOrThrow({ where: { id: tombstone.id } })).phone).toBe(
      "+221 70 000 00 00",
    );

    expect((await run("2026-01-01", true)).beneficiaries).toBe(2);
    expect((await run("2026-01-01")).beneficiaries).toBe(2);

    expect(await db.beneficiary.findUniqueOrThrow({ where: { id: tombstone.id } })).toMatchObject({
      givenName: ANONYMISED,
      familyName: ANONYMISED,
      phone: null,
      mergedIntoId: beneficiaryId,
    });
  });

  it("keeps a case on legal hold until the hold is cleared", async () => {
    const supervisor: Actor = await makeUser("SUPERVISOR", mex.id);
    const { caseId } = await closedCase(mex, "AVR", "2019-01-01");
    const hold = await executeAction(setLegalHoldAction.definition, supervisor, {
      caseId,
      version: 1,
      isOnHold: true,
      reason: "Court case 2025/117",
    });
    expect(hold).toEqual({ ok: true, data: { id: caseId, version: 2 } });
    expect(await run("2026-01-01")).toEqual({
      expired: 1,
      onLegalHold: 1,
      cases: 0,
      beneficiaries: 0,
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).anonymisedAt).toBeNull();
    expect(
      (
        await executeAction(setLegalHoldAction.definition, supervisor, {
          caseId,
          version: 2,
          isOnHold: false,
          reason: "",
        })
      ).ok,
    ).toBe(true);
    expect(await run("2026-01-01")).toMatchObject({ cases: 1, beneficiaries: 1 });
    expect(
      (await auditRows())
        .filter((row) => row.action.startsWith("case.legal-hold"))
        .map((row) => row.changed_fields),
    ).toEqual([
      ["legalHoldSince", "legalHoldReason"],
      ["legalHoldSince", "legalHoldReason"],
    ]);
  });

  it("leaves the person identifiable while another of their cases is not anonymised, and anonymises them with the last one", async () => {
    const { beneficiaryId } = await closedCase(mex, "AVR", "2019-01-01");
    await closedCase(mex, "VOT", "2019-01-01", { id: beneficiaryId });
    expect(await run("2026-01-01")).toMatchObject({ cases: 1, beneficiaries: 0 });
    expect(
      (await db.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryId } })).givenName,
    ).toBe("Amina");
    expect(await run("2029-01-01")).toMatchObject({ cases: 1, beneficiaries: 1 });
  });

  it("leaves every annual report figure of past years unchanged, including child/adult around the 18th birthday", async () => {
    // Born 2000-05-15: a child on 2018-05-10, an adult on 2018-05-20; identified as a VoT in 2017 as a child.
    await closedCase(mex, "VOT", "2019-01-01");
    const other = await makeBeneficiary(mex.id, { birthDate: "2001-02-28", sex: "F" });
    await closedCase(mex, "AVR", "2019-01-01", other);
    const years = [2017, 2018, 2019];
    const before = await Promise.all(years.map((year) => computeAnnualReport(db, { year })));
    expect(before[1]!.age).toMatchObject({ children: 2 });
    expect(await run("2030-01-01")).toMatchObject({ cases: 2, beneficiaries: 2 });
    expect(await Promise.all(years.map((year) => computeAnnualReport(db, { year })))).toEqual(
      before,
    );
  });

  it("makes an anonymised case read-only", async () => {
    const caseworker = await makeUser("CASEWORKER", mex.id);
    const { caseId } = await closedCase(mex, "AVR", "2019-01-01");
    await run("2026-01-01");
    expect(
      await executeAction(addServiceAction.definition, caseworker, serviceInput(caseId)),
    ).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["caseAnonymised"] },
    });
  });
});
