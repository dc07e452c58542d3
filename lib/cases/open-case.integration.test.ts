import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { registerBeneficiaryAction } from "@/lib/beneficiaries/actions";
import { openCaseAction } from "@/lib/cases/actions";
import { toDay } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  avrCaseInput,
  beneficiaryInput,
  dayFromToday,
  makeBeneficiary,
  makeOffice,
  makeProject,
  makeUser,
  openCase,
  reintegrationCaseInput,
  resetDatabase,
  rowCounts,
  statusChangeRows,
  unwrap,
  votCaseInput,
  type Input,
  type RowCounts,
} from "@/lib/testing/kit";

const openFields = ["beneficiaryId", "projectId", "openedOn"];

describe("openCaseAction", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let officeB: Awaited<ReturnType<typeof makeOffice>>;
  let caseworkerA: Actor;
  let caseworkerB: Actor;
  let refsA: { beneficiaryId: string; projectId: string };
  let refsB: { beneficiaryId: string; projectId: string };
  let baseline: RowCounts;

  const open = (actor: Actor | null, input: Input) =>
    executeAction(openCaseAction.definition, actor, input);
  const expectNothingWritten = async () => expect(await rowCounts()).toStrictEqual(baseline);

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
    caseworkerA = await makeUser("CASEWORKER", officeA.id);
    caseworkerB = await makeUser("CASEWORKER", officeB.id);
    refsA = { beneficiaryId: (await makeBeneficiary(officeA.id)).id, projectId: officeA.projectId };
    refsB = { beneficiaryId: (await makeBeneficiary(officeB.id)).id, projectId: officeB.projectId };
    baseline = await rowCounts();
  });

  describe("valid input", () => {
    it("AVR: writes one OPEN case <OFFICE>-AVR-2026-000001 with its fields, one status change from null, one 'case.open' audit entry", async () => {
      expect(baseline).toStrictEqual({
        beneficiaries: 2,
        cases: 0,
        caseStatusChanges: 0,
        services: 0,
        auditEntries: 0,
        idempotencyKeys: 0,
        refCounters: 0,
      });

      const result = await open(caseworkerA, avrCaseInput(refsA));

      expect(result).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `${officeA.code}-AVR-2026-000001` },
      });
      const { id } = unwrap(result);
      expect(await rowCounts()).toStrictEqual({
        ...baseline,
        cases: 1,
        caseStatusChanges: 1,
        auditEntries: 1,
        idempotencyKeys: 1,
        refCounters: 1,
      });
      expect(await db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({
        kind: "AVR",
        status: "OPEN",
        officeId: officeA.id,
        projectId: officeA.projectId,
        beneficiaryId: refsA.beneficiaryId,
        openedOn: toDay("2026-03-02"),
        closedOn: null,
        version: 1,
        createdById: caseworkerA.id,
        assignedToId: caseworkerA.id,
        migrantCategory: "VISA_OVERSTAYER",
        returnCountry: "HND",
        plannedDepartureOn: toDay("2026-06-15"),
        actualDepartureOn: null,
        travelDetails: "Flight via Houston",
        originCountry: null,
        avrCaseId: null,
        needsAssessment: null,
        identifiedOn: null,
        identifiedBy: null,
        exploitationTypes: [],
        labourSector: null,
        exploitationCountry: null,
        riskLevel: null,
      });
      expect(await statusChangeRows(id)).toStrictEqual([
        { from_status: null, to_status: "OPEN", reason: null, changed_by_id: caseworkerA.id },
      ]);
      const audits = await auditRows();
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        action: "case.open",
        actor_id: caseworkerA.id,
        entity_type: "case",
        entity_id: id,
        office_id: officeA.id,
      });
      expect(audits[0]!.changed_fields).toStrictEqual([
        "kind",
        "migrantCategory",
        "returnCountry",
        "plannedDepartureOn",
        "travelDetails",
        ...openFields,
      ]);
      expect(audits[0]!.row).not.toContain("Houston");
    });

    it("AVR: numbers the second case -000002, and takes the year of the opening date (a case opened 2025-12-31 is -AVR-2025-000001)", async () => {
      unwrap(await open(caseworkerA, avrCaseInput(refsA)));

      const second = await open(caseworkerA, avrCaseInput(refsA));
      const lastYear = await open(caseworkerA, avrCaseInput(refsA, { openedOn: "2025-12-31" }));

      expect(second).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `${officeA.code}-AVR-2026-000002` },
      });
      expect(lastYear).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `${officeA.code}-AVR-2025-000001` },
      });
    });

    it("REINTEGRATION: writes one ASSESSMENT case <OFFICE>-REINTEGRATION-2026-000001, one status change, one 'case.open' audit entry", async () => {
      const result = await open(caseworkerA, reintegrationCaseInput(refsA));

      expect(result).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `${officeA.code}-REINTEGRATION-2026-000001` },
      });
      const { id } = unwrap(result);
      expect(await rowCounts()).toStrictEqual({
        ...baseline,
        cases: 1,
        caseStatusChanges: 1,
        auditEntries: 1,
        idempotencyKeys: 1,
        refCounters: 1,
      });
      expect(await db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({
        kind: "REINTEGRATION",
        status: "ASSESSMENT",
        officeId: officeA.id,
        version: 1,
        originCountry: "HND",
        avrCaseId: null,
        needsAssessment: "Needs work and housing",
        migrantCategory: null,
        returnCountry: null,
        identifiedOn: null,
        exploitationTypes: [],
      });
      expect(await statusChangeRows(id)).toStrictEqual([
        { from_status: null, to_status: "ASSESSMENT", reason: null, changed_by_id: caseworkerA.id },
      ]);
      expect(
        (await auditRows()).map(({ action, entity_id, changed_fields }) => ({
          action,
          entity_id,
          changed_fields,
        })),
      ).toStrictEqual([
        {
          action: "case.open",
          entity_id: id,
          changed_fields: ["kind", "originCountry", "avrCaseRef", "needsAssessment", ...openFields],
        },
      ]);
    });

    it("VOT: writes one IDENTIFIED case <OFFICE>-VOT-2026-000001, one status change, one 'case.open' audit entry", async () => {
      const result = await open(caseworkerA, votCaseInput(refsA));

      expect(result).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `${officeA.code}-VOT-2026-000001` },
      });
      const { id } = unwrap(result);
      expect(await rowCounts()).toStrictEqual({
        ...baseline,
        cases: 1,
        caseStatusChanges: 1,
        auditEntries: 1,
        idempotencyKeys: 1,
        refCounters: 1,
      });
      expect(await db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({
        kind: "VOT",
        status: "IDENTIFIED",
        officeId: officeA.id,
        version: 1,
        identifiedOn: toDay("2026-02-20"),
        identifiedBy: "Labour inspectorate",
        exploitationTypes: ["FORCED_LABOUR"],
        labourSector: "AGRICULTURE",
        exploitationCountry: "MEX",
        riskLevel: "HIGH",
        migrantCategory: null,
        originCountry: null,
      });
      expect(await statusChangeRows(id)).toStrictEqual([
        { from_status: null, to_status: "IDENTIFIED", reason: null, changed_by_id: caseworkerA.id },
      ]);
      expect(
        (await auditRows()).map(({ action, entity_id, changed_fields }) => ({
          action,
          entity_id,
          changed_fields,
        })),
      ).toStrictEqual([
        {
          action: "case.open",
          entity_id: id,
          changed_fields: [
            "kind",
            "identifiedOn",
            "identifiedBy",
            "exploitationTypes",
            "labourSector",
            "exploitationCountry",
            "riskLevel",
            ...openFields,
          ],
        },
      ]);
    });

    it("VOT: accepts identification on the opening day and an exploitation without labour sector when it is not forced labour", async () => {
      const result = await open(
        caseworkerA,
        votCaseInput(refsA, {
          identifiedOn: "2026-03-02",
          exploitationTypes: ["SEXUAL", "FORCED_BEGGING"],
          labourSector: "",
        }),
      );

      const { id } = unwrap(result);
      expect(await db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({
        identifiedOn: toDay("2026-03-02"),
        exploitationTypes: ["SEXUAL", "FORCED_BEGGING"],
        labourSector: null,
      });
    });

    it("opens a case for a beneficiary registered through registerBeneficiaryAction", async () => {
      const beneficiary = unwrap(
        await executeAction(registerBeneficiaryAction.definition, caseworkerA, beneficiaryInput()),
      );

      const result = await open(
        caseworkerA,
        avrCaseInput({ beneficiaryId: beneficiary.id, projectId: officeA.projectId }),
      );

      expect(
        (await db.case.findUniqueOrThrow({ where: { id: unwrap(result).id } })).beneficiaryId,
      ).toBe(beneficiary.id);
    });

    it("accepts a project whose last day is the opening day", async () => {
      const project = await makeProject(officeA.id, "2025-01-01", "2026-03-02");

      const result = await open(caseworkerA, avrCaseInput({ ...refsA, projectId: project.id }));

      expect(
        (await db.case.findUniqueOrThrow({ where: { id: unwrap(result).id } })).projectId,
      ).toBe(project.id);
    });

    it("REINTEGRATION: links an AVR case of ANOTHER office that returned the person to this office's country, by its ref typed in lower case with spaces (avr_case_id set)", async () => {
      const avrOfB = await openCase(caseworkerB, avrCaseInput(refsB, { returnCountry: "MEX" }));

      const result = await open(
        caseworkerA,
        reintegrationCaseInput(refsA, { avrCaseRef: `  ${avrOfB.ref.toLowerCase()} ` }),
      );

      const { id } = unwrap(result);
      expect(await db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({
        officeId: officeA.id,
        avrCaseId: avrOfB.id,
      });
    });
  });

  describe("invalid input: VALIDATION with exactly the field error, nothing written", () => {
    const build: Record<
      string,
      (refs: { beneficiaryId: string; projectId: string }, overrides?: Input) => Input
    > = {
      AVR: avrCaseInput,
      REINTEGRATION: reintegrationCaseInput,
      VOT: votCaseInput,
    };
    const without = (input: Input, field: string) =>
      Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));

    it.each<[string, string, Input | ((input: Input) => Input), Record<string, string[]>]>([
      [
        "AVR without migrantCategory",
        "AVR",
        (input) => without(input, "migrantCategory"),
        { migrantCategory: ["invalidChoice"] },
      ],
      [
        "AVR with an empty migrantCategory",
        "AVR",
        { migrantCategory: "" },
        { migrantCategory: ["invalidChoice"] },
      ],
      [
        "AVR with migrantCategory 'REFUGEE' (not in the enum)",
        "AVR",
        { migrantCategory: "REFUGEE" },
        { migrantCategory: ["invalidChoice"] },
      ],
      [
        "AVR with returnCountry 'XXX'",
        "AVR",
        { returnCountry: "XXX" },
        { returnCountry: ["invalidCountry"] },
      ],
      [
        "AVR opened 5 days in the future",
        "AVR",
        { openedOn: dayFromToday(5) },
        { openedOn: ["dateInFuture"] },
      ],
      [
        "AVR opened on 2026-02-30",
        "AVR",
        { openedOn: "2026-02-30" },
        { openedOn: ["invalidDate"] },
      ],
      [
        "AVR with a beneficiaryId that is not a uuid",
        "AVR",
        { beneficiaryId: "42" },
        { beneficiaryId: ["invalidChoice"] },
      ],
      [
        "REINTEGRATION without originCountry",
        "REINTEGRATION",
        { originCountry: "" },
        { originCountry: ["invalidCountry"] },
      ],
      [
        "VOT with riskLevel 'EXTREME'",
        "VOT",
        { riskLevel: "EXTREME" },
        { riskLevel: ["invalidChoice"] },
      ],
      [
        "VOT with an unknown exploitation type",
        "VOT",
        { exploitationTypes: ["SLAVERY"], labourSector: "" },
        { "exploitationTypes.0": ["invalidChoice"] },
      ],
      [
        "VOT without exploitationTypes (empty list)",
        "VOT",
        { exploitationTypes: [], labourSector: "" },
        { exploitationTypes: ["required"] },
      ],
      [
        "VOT without exploitationTypes (field missing)",
        "VOT",
        (input) => without({ ...input, labourSector: "" }, "exploitationTypes"),
        { exploitationTypes: ["required"] },
      ],
      [
        "VOT with FORCED_LABOUR but no labourSector",
        "VOT",
        { exploitationTypes: ["FORCED_LABOUR"], labourSector: "" },
        { labourSector: ["required"] },
      ],
      [
        "VOT with a labourSector but no FORCED_LABOUR",
        "VOT",
        { exploitationTypes: ["SEXUAL"], labourSector: "FISHING" },
        { labourSector: ["labourSectorNeedsForcedLabour"] },
      ],
      [
        "VOT identified 5 days in the future",
        "VOT",
        { identifiedOn: dayFromToday(5) },
        { identifiedOn: ["dateInFuture"] },
      ],
      ["VOT without identifiedBy", "VOT", { identifiedBy: " " }, { identifiedBy: ["required"] }],
      [
        "VOT identified after the opening date",
        "VOT",
        { identifiedOn: "2026-03-03" },
        { identifiedOn: ["identifiedAfterOpening"] },
      ],
    ])("%s", async (_label, kind, change, fieldErrors) => {
      const valid = build[kind]!(refsA);
      const input = typeof change === "function" ? change(valid) : { ...valid, ...change };

      const result = await open(caseworkerA, input);

      expect(result).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors });
      await expectNothingWritten();
    });

    it("a kind outside the enum ('RESETTLEMENT') is refused on kind with zod's discriminator message (the form shows it as invalidChoice)", async () => {
      const result = await open(caseworkerA, avrCaseInput(refsA, { kind: "RESETTLEMENT" }));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: {
          kind: ["Invalid discriminator value. Expected 'AVR' | 'REINTEGRATION' | 'VOT'"],
        },
      });
      await expectNothingWritten();
    });

    it("a projectId of another office: { projectId: ['projectNotRunning'] }", async () => {
      const result = await open(
        caseworkerA,
        avrCaseInput({ ...refsA, projectId: officeB.projectId }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { projectId: ["projectNotRunning"] },
      });
      await expectNothingWritten();
    });

    it("a project that ended the day before the opening date: { projectId: ['projectNotRunning'] }", async () => {
      const ended = await makeProject(officeA.id, "2025-01-01", "2026-03-01");
      baseline = await rowCounts();

      const result = await open(caseworkerA, avrCaseInput({ ...refsA, projectId: ended.id }));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { projectId: ["projectNotRunning"] },
      });
      await expectNothingWritten();
    });

    it("a project that starts after the opening date: { projectId: ['projectNotRunning'] }", async () => {
      const future = await makeProject(officeA.id, "2026-03-03", null);
      baseline = await rowCounts();

      const result = await open(caseworkerA, avrCaseInput({ ...refsA, projectId: future.id }));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { projectId: ["projectNotRunning"] },
      });
      await expectNothingWritten();
    });

    it("a projectId that does not exist: { projectId: ['projectNotRunning'] }", async () => {
      const result = await open(caseworkerA, avrCaseInput({ ...refsA, projectId: randomUUID() }));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { projectId: ["projectNotRunning"] },
      });
      await expectNothingWritten();
    });

    it("REINTEGRATION linking the ref of a VOT case: { avrCaseRef: ['unknownAvrCase'] }", async () => {
      const vot = await openCase(caseworkerB, votCaseInput(refsB));
      baseline = await rowCounts();

      const result = await open(
        caseworkerA,
        reintegrationCaseInput(refsA, { avrCaseRef: vot.ref }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { avrCaseRef: ["unknownAvrCase"] },
      });
      await expectNothingWritten();
    });

    it("REINTEGRATION linking an AVR case of another office that returned to another country: exactly the answer for a ref that does not exist", async () => {
      const avrOfB = await openCase(caseworkerB, avrCaseInput(refsB, { returnCountry: "HND" }));
      const missingRef = avrOfB.ref.replace(/\d{6}$/, "999999");
      baseline = await rowCounts();

      const cited = await open(
        caseworkerA,
        reintegrationCaseInput(refsA, { avrCaseRef: avrOfB.ref }),
      );
      const missing = await open(
        caseworkerA,
        reintegrationCaseInput(refsA, { avrCaseRef: missingRef }),
      );

      expect(cited).toStrictEqual(missing);
      expect(cited).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { avrCaseRef: ["unknownAvrCase"] },
      });
      await expectNothingWritten();
    });

    it("REINTEGRATION linking an unknown ref: { avrCaseRef: ['unknownAvrCase'] }", async () => {
      const result = await open(
        caseworkerA,
        reintegrationCaseInput(refsA, { avrCaseRef: `${officeA.code}-AVR-2026-999999` }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { avrCaseRef: ["unknownAvrCase"] },
      });
      await expectNothingWritten();
    });
  });

  describe("scope and permissions", () => {
    it("a beneficiaryId of another office: NOT_FOUND, nothing written", async () => {
      const result = await open(
        caseworkerA,
        avrCaseInput({ ...refsA, beneficiaryId: refsB.beneficiaryId }),
      );

      expect(result).toStrictEqual({ ok: false, error: "NOT_FOUND", fieldErrors: undefined });
      await expectNothingWritten();
    });

    it("a beneficiaryId that does not exist: the same NOT_FOUND", async () => {
      const result = await open(
        caseworkerA,
        avrCaseInput({ ...refsA, beneficiaryId: randomUUID() }),
      );

      expect(result).toStrictEqual({ ok: false, error: "NOT_FOUND", fieldErrors: undefined });
      await expectNothingWritten();
    });

    it.each(["HQ", "ADMIN"] as const)("returns FORBIDDEN to %s, nothing written", async (role) => {
      const actor = await makeUser(role, null);
      baseline = await rowCounts();

      expect(await open(actor, avrCaseInput(refsA))).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });
      await expectNothingWritten();
    });

    it("returns UNAUTHENTICATED for a null actor, nothing written", async () => {
      expect(await open(null, avrCaseInput(refsA))).toStrictEqual({
        ok: false,
        error: "UNAUTHENTICATED",
      });
      await expectNothingWritten();
    });
  });

  describe("idempotency", () => {
    it("the same idempotencyKey twice opens one case and returns the same id and ref; the next case is -000002", async () => {
      const input = avrCaseInput(refsA);

      const first = await open(caseworkerA, input);
      const second = await open(caseworkerA, input);
      const next = await open(caseworkerA, avrCaseInput(refsA));

      expect(first).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `${officeA.code}-AVR-2026-000001` },
      });
      expect(second).toStrictEqual(first);
      expect(next).toMatchObject({ ok: true, data: { ref: `${officeA.code}-AVR-2026-000002` } });
      expect(await rowCounts()).toStrictEqual({
        ...baseline,
        cases: 2,
        caseStatusChanges: 2,
        auditEntries: 2,
        idempotencyKeys: 2,
        refCounters: 1,
      });
    });

    it("the same idempotencyKey 5 times at once opens one case, and every call returns its id", async () => {
      const input = votCaseInput(refsA);

      const results = await Promise.all(Array.from({ length: 5 }, () => open(caseworkerA, input)));

      const first = unwrap(results[0]!);
      for (const result of results) expect(result).toStrictEqual({ ok: true, data: first });
      expect(await rowCounts()).toStrictEqual({
        ...baseline,
        cases: 1,
        caseStatusChanges: 1,
        auditEntries: 1,
        idempotencyKeys: 1,
        refCounters: 1,
      });
      const { rows } = await pool.query<{ value: number }>("SELECT value FROM ref_counters");
      expect(rows).toStrictEqual([{ value: 1 }]);
    });

    it("5 different cases opened at once get the gap-free refs -000001 to -000005", async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => open(caseworkerA, avrCaseInput(refsA))),
      );

      expect(results.map((result) => unwrap(result).ref).sort()).toStrictEqual(
        [1, 2, 3, 4, 5].map((n) => `${officeA.code}-AVR-2026-00000${n}`),
      );
    });

    it("a key already used for registering a beneficiary is refused with CONFLICT, nothing written", async () => {
      const key = randomUUID();
      unwrap(
        await executeAction(
          registerBeneficiaryAction.definition,
          caseworkerA,
          beneficiaryInput({ idempotencyKey: key }),
        ),
      );
      baseline = await rowCounts();

      const result = await open(caseworkerA, avrCaseInput(refsA, { idempotencyKey: key }));

      expect(result).toStrictEqual({ ok: false, error: "CONFLICT", fieldErrors: undefined });
      await expectNothingWritten();
    });
  });
});
