import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { changeCaseStatusAction } from "@/lib/cases/actions";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  avrCaseInput,
  dayFromToday,
  makeBeneficiary,
  makeOffice,
  makeUser,
  openCase,
  reintegrationCaseInput,
  resetDatabase,
  rowCounts,
  statusChangeRows,
  statusInput,
  votCaseInput,
  type Input,
  type RowCounts,
} from "@/lib/testing/kit";

describe("changeCaseStatusAction", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let officeB: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let supervisor: Actor;
  let refsA: { beneficiaryId: string; projectId: string };
  let avr: { id: string; ref: string };
  let baseline: RowCounts;

  const change = (actor: Actor | null, input: Input) =>
    executeAction(changeCaseStatusAction.definition, actor, input);
  const storedCase = (id: string) => db.case.findUniqueOrThrow({ where: { id } });
  const expectNothingWritten = async () => expect(await rowCounts()).toStrictEqual(baseline);
  const statusAudits = async (caseId: string) =>
    (await auditRows())
      .filter((audit) => audit.entity_id === caseId && audit.action !== "case.open")
      .map(({ action, actor_id, changed_fields }) => ({ action, actor_id, changed_fields }));

  // Walks a case through the given steps, checking each result's version and status.
  async function walk(caseId: string, steps: [string, string, string?][], actor: Actor) {
    let version = (await storedCase(caseId)).version;
    for (const [toStatus, effectiveOn, reason] of steps) {
      const result = await change(
        actor,
        statusInput(caseId, version, toStatus, effectiveOn, reason ?? null),
      );
      expect(result).toStrictEqual({
        ok: true,
        data: { id: caseId, version: version + 1, status: toStatus },
      });
      version += 1;
    }
    return version;
  }

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", officeA.id);
    supervisor = await makeUser("SUPERVISOR", officeA.id);
    refsA = { beneficiaryId: (await makeBeneficiary(officeA.id)).id, projectId: officeA.projectId };
    avr = await openCase(caseworker, avrCaseInput(refsA, { openedOn: "2026-03-02" }));
    baseline = await rowCounts();
  });

  it("AVR: OPEN -> COUNSELLING -> APPROVED_FOR_RETURN -> DEPARTED -> CLOSED, each step recorded with from/to and changed_by, version +1 each", async () => {
    const steps: [Actor, string, string, string | null][] = [
      [caseworker, "COUNSELLING", "2026-03-10", null],
      [supervisor, "APPROVED_FOR_RETURN", "2026-04-01", "Documents ready"],
      [caseworker, "DEPARTED", "2026-05-01", null],
      [supervisor, "CLOSED", "2026-05-15", "Returned home"],
    ];
    for (const [index, [actor, toStatus, effectiveOn, reason]] of steps.entries()) {
      const result = await change(
        actor,
        statusInput(avr.id, index + 1, toStatus, effectiveOn, reason),
      );
      expect(result).toStrictEqual({
        ok: true,
        data: { id: avr.id, version: index + 2, status: toStatus },
      });
      expect(await storedCase(avr.id)).toMatchObject({ status: toStatus, version: index + 2 });
    }

    expect(await statusChangeRows(avr.id)).toStrictEqual([
      { from_status: null, to_status: "OPEN", reason: null, changed_by_id: caseworker.id },
      { from_status: "OPEN", to_status: "COUNSELLING", reason: null, changed_by_id: caseworker.id },
      {
        from_status: "COUNSELLING",
        to_status: "APPROVED_FOR_RETURN",
        reason: "Documents ready",
        changed_by_id: supervisor.id,
      },
      {
        from_status: "APPROVED_FOR_RETURN",
        to_status: "DEPARTED",
        reason: null,
        changed_by_id: caseworker.id,
      },
      {
        from_status: "DEPARTED",
        to_status: "CLOSED",
        reason: "Returned home",
        changed_by_id: supervisor.id,
      },
    ]);
    expect(await statusAudits(avr.id)).toStrictEqual([
      { action: "case.status-change", actor_id: caseworker.id, changed_fields: ["status"] },
      { action: "case.status-change", actor_id: supervisor.id, changed_fields: ["status"] },
      { action: "case.status-change", actor_id: caseworker.id, changed_fields: ["status"] },
      {
        action: "case.status-change",
        actor_id: supervisor.id,
        changed_fields: ["status", "closedOn"],
      },
    ]);
    expect(await storedCase(avr.id)).toMatchObject({
      status: "CLOSED",
      version: 5,
      actualDepartureOn: toDay("2026-05-01"),
      closedOn: toDay("2026-05-15"),
    });
    expect(await rowCounts()).toStrictEqual({
      ...baseline,
      caseStatusChanges: baseline.caseStatusChanges + 4,
      auditEntries: baseline.auditEntries + 4,
    });
  });

  it("DEPARTED sets actualDepartureOn to the effective day; the other steps leave it null", async () => {
    await walk(
      avr.id,
      [
        ["COUNSELLING", "2026-03-10"],
        ["APPROVED_FOR_RETURN", "2026-04-01"],
      ],
      caseworker,
    );
    expect((await storedCase(avr.id)).actualDepartureOn).toBeNull();

    await walk(avr.id, [["DEPARTED", "2026-04-20"]], caseworker);

    expect(await storedCase(avr.id)).toMatchObject({
      status: "DEPARTED",
      actualDepartureOn: toDay("2026-04-20"),
      closedOn: null,
    });
  });

  it("closing early from OPEN with a reason sets closedOn = effectiveOn (the opening day itself is allowed)", async () => {
    await walk(avr.id, [["CLOSED", "2026-03-02", "Withdrew the request"]], caseworker);

    expect(await storedCase(avr.id)).toMatchObject({
      status: "CLOSED",
      closedOn: toDay("2026-03-02"),
      version: 2,
    });
  });

  describe("reopening", () => {
    it("returns a case closed from COUNSELLING to COUNSELLING, clears closedOn, records the reason, audits 'case.reopen'", async () => {
      await walk(
        avr.id,
        [
          ["COUNSELLING", "2026-03-10"],
          ["CLOSED", "2026-03-20", "No contact"],
        ],
        caseworker,
      );
      expect((await storedCase(avr.id)).closedOn).toStrictEqual(toDay("2026-03-20"));

      const result = await change(
        supervisor,
        statusInput(avr.id, 3, "COUNSELLING", "2026-04-02", "Contact again"),
      );

      expect(result).toStrictEqual({
        ok: true,
        data: { id: avr.id, version: 4, status: "COUNSELLING" },
      });
      expect(await storedCase(avr.id)).toMatchObject({
        status: "COUNSELLING",
        closedOn: null,
        version: 4,
      });
      expect((await statusChangeRows(avr.id)).at(-1)).toStrictEqual({
        from_status: "CLOSED",
        to_status: "COUNSELLING",
        reason: "Contact again",
        changed_by_id: supervisor.id,
      });
      expect((await statusAudits(avr.id)).at(-1)).toStrictEqual({
        action: "case.reopen",
        actor_id: supervisor.id,
        changed_fields: ["status", "closedOn"],
      });
    });

    it("after close, reopen and close again from APPROVED_FOR_RETURN, reopens to APPROVED_FOR_RETURN (the latest closing)", async () => {
      await walk(
        avr.id,
        [
          ["CLOSED", "2026-03-05", "First closing"],
          ["OPEN", "2026-03-06", "Back"],
          ["COUNSELLING", "2026-03-07"],
          ["APPROVED_FOR_RETURN", "2026-03-08"],
          ["CLOSED", "2026-03-09", "Second closing"],
        ],
        caseworker,
      );

      const toOpen = await change(
        caseworker,
        statusInput(avr.id, 6, "OPEN", "2026-03-10", "Back again"),
      );
      const toApproved = await change(
        caseworker,
        statusInput(avr.id, 6, "APPROVED_FOR_RETURN", "2026-03-10", "Back again"),
      );

      expect(toOpen).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { toStatus: ["transitionNotAllowed"] },
      });
      expect(toApproved).toStrictEqual({
        ok: true,
        data: { id: avr.id, version: 7, status: "APPROVED_FOR_RETURN" },
      });
    });

    it("refuses reopening to another status than the one closed from: { toStatus: ['transitionNotAllowed'] }, nothing written", async () => {
      await walk(
        avr.id,
        [
          ["COUNSELLING", "2026-03-10"],
          ["CLOSED", "2026-03-20", "No contact"],
        ],
        caseworker,
      );
      baseline = await rowCounts();

      const result = await change(
        caseworker,
        statusInput(avr.id, 3, "OPEN", "2026-04-02", "Contact again"),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { toStatus: ["transitionNotAllowed"] },
      });
      expect(await storedCase(avr.id)).toMatchObject({
        status: "CLOSED",
        version: 3,
        closedOn: toDay("2026-03-20"),
      });
      await expectNothingWritten();
    });

    it("refuses reopening without a reason: { reason: ['required'] }, nothing written", async () => {
      await walk(avr.id, [["CLOSED", "2026-03-20", "No contact"]], caseworker);
      baseline = await rowCounts();

      const result = await change(caseworker, statusInput(avr.id, 2, "OPEN", "2026-04-02", "  "));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { reason: ["required"] },
      });
      expect(await storedCase(avr.id)).toMatchObject({ status: "CLOSED", version: 2 });
      await expectNothingWritten();
    });

    it("reopening a case closed from DEPARTED keeps the real departure day (today actualDepartureOn is overwritten with the reopening day)", async () => {
      await walk(
        avr.id,
        [
          ["COUNSELLING", "2026-03-10"],
          ["APPROVED_FOR_RETURN", "2026-04-01"],
          ["DEPARTED", "2026-05-01"],
          ["CLOSED", "2026-05-15", "Returned"],
        ],
        caseworker,
      );

      const result = await change(
        caseworker,
        statusInput(avr.id, 5, "DEPARTED", "2026-06-01", "Follow-up needed"),
      );

      expect(result).toStrictEqual({
        ok: true,
        data: { id: avr.id, version: 6, status: "DEPARTED" },
      });
      expect((await storedCase(avr.id)).actualDepartureOn).toStrictEqual(toDay("2026-05-01"));
    });
  });

  describe("refused, nothing written", () => {
    it.each<[string, string[], string]>([
      ["skipping steps (OPEN -> DEPARTED)", [], "DEPARTED"],
      ["skipping a step (OPEN -> APPROVED_FOR_RETURN)", [], "APPROVED_FOR_RETURN"],
      ["going back (COUNSELLING -> OPEN)", ["COUNSELLING"], "OPEN"],
      ["staying (OPEN -> OPEN)", [], "OPEN"],
      ["a status of another kind (OPEN -> ASSISTING)", [], "ASSISTING"],
    ])("%s: { toStatus: ['transitionNotAllowed'] }", async (_label, before, toStatus) => {
      const version = await walk(
        avr.id,
        before.map((status) => [status, "2026-03-10"]),
        caseworker,
      );
      baseline = await rowCounts();

      const result = await change(caseworker, statusInput(avr.id, version, toStatus, "2026-04-01"));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { toStatus: ["transitionNotAllowed"] },
      });
      expect((await storedCase(avr.id)).version).toBe(version);
      await expectNothingWritten();
    });

    it.each([null, "", "   "])(
      "closing with reason %j: { reason: ['required'] }",
      async (reason) => {
        const result = await change(
          caseworker,
          statusInput(avr.id, 1, "CLOSED", "2026-04-01", reason),
        );

        expect(result).toStrictEqual({
          ok: false,
          error: "VALIDATION",
          fieldErrors: { reason: ["required"] },
        });
        expect(await storedCase(avr.id)).toMatchObject({
          status: "OPEN",
          closedOn: null,
          version: 1,
        });
        await expectNothingWritten();
      },
    );

    it("an effective day before the opening day: { effectiveOn: ['beforeOpening'] }", async () => {
      const result = await change(caseworker, statusInput(avr.id, 1, "COUNSELLING", "2026-03-01"));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { effectiveOn: ["beforeOpening"] },
      });
      await expectNothingWritten();
    });

    it("closing on a day before the opening day: { effectiveOn: ['beforeOpening'] }", async () => {
      const result = await change(
        caseworker,
        statusInput(avr.id, 1, "CLOSED", "2026-03-01", "Typo"),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { effectiveOn: ["beforeOpening"] },
      });
      expect((await storedCase(avr.id)).closedOn).toBeNull();
      await expectNothingWritten();
    });

    it.each<[string, Input, Record<string, string[]>]>([
      [
        "an effective day 5 days in the future",
        { effectiveOn: dayFromToday(5) },
        { effectiveOn: ["dateInFuture"] },
      ],
      ["an unknown status", { toStatus: "ARCHIVED" }, { toStatus: ["invalidChoice"] }],
      ["a version sent as text", { version: "1" }, { version: ["invalidChoice"] }],
    ])("%s: VALIDATION with exactly that field error", async (_label, changes, fieldErrors) => {
      const result = await change(caseworker, {
        ...statusInput(avr.id, 1, "COUNSELLING", "2026-03-10"),
        ...changes,
      });

      expect(result).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors });
      await expectNothingWritten();
    });

    it("a stale version: CONFLICT, the case stays as the other save left it", async () => {
      await walk(avr.id, [["COUNSELLING", "2026-03-10"]], caseworker);
      baseline = await rowCounts();

      const result = await change(
        supervisor,
        statusInput(avr.id, 1, "CLOSED", "2026-03-11", "Stale form"),
      );

      expect(result).toStrictEqual({ ok: false, error: "CONFLICT", fieldErrors: undefined });
      expect(await storedCase(avr.id)).toMatchObject({
        status: "COUNSELLING",
        version: 2,
        closedOn: null,
      });
      await expectNothingWritten();
    });

    it("two concurrent changes from the same version: exactly one is saved, the other gets CONFLICT", async () => {
      const results = await Promise.all([
        change(caseworker, statusInput(avr.id, 1, "COUNSELLING", "2026-03-10")),
        change(supervisor, statusInput(avr.id, 1, "CLOSED", "2026-03-10", "Duplicate case")),
      ]);

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toStrictEqual([
        { ok: false, error: "CONFLICT", fieldErrors: undefined },
      ]);
      expect((await storedCase(avr.id)).version).toBe(2);
      expect(await rowCounts()).toStrictEqual({
        ...baseline,
        caseStatusChanges: baseline.caseStatusChanges + 1,
        auditEntries: baseline.auditEntries + 1,
      });
    });

    it("another office's case: NOT_FOUND, that case unchanged", async () => {
      const caseworkerB = await makeUser("CASEWORKER", officeB.id);
      const other = await openCase(
        caseworkerB,
        avrCaseInput({
          beneficiaryId: (await makeBeneficiary(officeB.id)).id,
          projectId: officeB.projectId,
        }),
      );
      baseline = await rowCounts();

      const result = await change(
        caseworker,
        statusInput(other.id, 1, "COUNSELLING", "2026-03-10"),
      );

      expect(result).toStrictEqual({ ok: false, error: "NOT_FOUND", fieldErrors: undefined });
      expect(await storedCase(other.id)).toMatchObject({ status: "OPEN", version: 1 });
      await expectNothingWritten();
    });

    it.each(["HQ", "ADMIN"] as const)("returns FORBIDDEN to %s", async (role) => {
      const actor = await makeUser(role, null);
      baseline = await rowCounts();

      expect(
        await change(actor, statusInput(avr.id, 1, "COUNSELLING", "2026-03-10")),
      ).toStrictEqual({ ok: false, error: "FORBIDDEN" });
      await expectNothingWritten();
    });

    it("returns UNAUTHENTICATED for a null actor", async () => {
      expect(await change(null, statusInput(avr.id, 1, "COUNSELLING", "2026-03-10"))).toStrictEqual(
        { ok: false, error: "UNAUTHENTICATED" },
      );
      await expectNothingWritten();
    });
  });

  describe("the other kinds' paths", () => {
    it("VOT: IDENTIFIED -> ASSISTING -> CLOSED, recorded step by step; ASSISTING -> COUNSELLING is refused", async () => {
      const vot = await openCase(caseworker, votCaseInput(refsA));

      await walk(vot.id, [["ASSISTING", "2026-03-05"]], caseworker);
      expect(
        await change(caseworker, statusInput(vot.id, 2, "COUNSELLING", "2026-03-06")),
      ).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { toStatus: ["transitionNotAllowed"] },
      });
      await walk(vot.id, [["CLOSED", "2026-04-30", "Recovered"]], caseworker);

      expect(await statusChangeRows(vot.id)).toStrictEqual([
        { from_status: null, to_status: "IDENTIFIED", reason: null, changed_by_id: caseworker.id },
        {
          from_status: "IDENTIFIED",
          to_status: "ASSISTING",
          reason: null,
          changed_by_id: caseworker.id,
        },
        {
          from_status: "ASSISTING",
          to_status: "CLOSED",
          reason: "Recovered",
          changed_by_id: caseworker.id,
        },
      ]);
      expect(await storedCase(vot.id)).toMatchObject({
        status: "CLOSED",
        version: 3,
        closedOn: toDay("2026-04-30"),
        actualDepartureOn: null,
      });
    });

    it("REINTEGRATION: ASSESSMENT -> PLANNING -> MONITORING -> CLOSED, recorded step by step; ASSESSMENT -> MONITORING is refused", async () => {
      const reintegration = await openCase(caseworker, reintegrationCaseInput(refsA));

      expect(
        await change(caseworker, statusInput(reintegration.id, 1, "MONITORING", "2026-03-05")),
      ).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { toStatus: ["transitionNotAllowed"] },
      });
      await walk(
        reintegration.id,
        [
          ["PLANNING", "2026-03-05"],
          ["MONITORING", "2026-04-05"],
          ["CLOSED", "2026-09-30", "Plan completed"],
        ],
        supervisor,
      );

      expect(await statusChangeRows(reintegration.id)).toStrictEqual([
        { from_status: null, to_status: "ASSESSMENT", reason: null, changed_by_id: caseworker.id },
        {
          from_status: "ASSESSMENT",
          to_status: "PLANNING",
          reason: null,
          changed_by_id: supervisor.id,
        },
        {
          from_status: "PLANNING",
          to_status: "MONITORING",
          reason: null,
          changed_by_id: supervisor.id,
        },
        {
          from_status: "MONITORING",
          to_status: "CLOSED",
          reason: "Plan completed",
          changed_by_id: supervisor.id,
        },
      ]);
      expect(await storedCase(reintegration.id)).toMatchObject({
        status: "CLOSED",
        version: 4,
        closedOn: toDay("2026-09-30"),
      });
    });
  });

  it("a CLOSED case cannot be closed again: { toStatus: ['transitionNotAllowed'] }", async () => {
    await walk(avr.id, [["CLOSED", "2026-03-20", "Done"]], caseworker);

    const result = await change(
      caseworker,
      statusInput(avr.id, 2, "CLOSED", "2026-03-21", "Again"),
    );

    expect(result).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { toStatus: ["transitionNotAllowed"] },
    });
    expect(await storedCase(avr.id)).toMatchObject({ closedOn: toDay("2026-03-20"), version: 2 });
  });
});
