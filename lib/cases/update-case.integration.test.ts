import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { changeCaseStatusAction, updateCaseAction } from "@/lib/cases/actions";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  avrCaseInput,
  dayFromToday,
  makeBeneficiary,
  makeOffice,
  makeProject,
  makeUser,
  openCase,
  reintegrationCaseInput,
  resetDatabase,
  rowCounts,
  statusInput,
  unwrap,
  updateInputFrom,
  votCaseInput,
  type Input,
  type RowCounts,
} from "@/lib/testing/kit";

describe("updateCaseAction", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let officeB: Awaited<ReturnType<typeof makeOffice>>;
  let caseworkerA: Actor;
  let caseworkerB: Actor;
  let refsA: { beneficiaryId: string; projectId: string };
  let avrInput: Input;
  let avr: { id: string; ref: string };
  let baseline: RowCounts;

  const update = (actor: Actor | null, input: Input) =>
    executeAction(updateCaseAction.definition, actor, input);
  const storedCase = (id: string) => db.case.findUniqueOrThrow({ where: { id } });
  const expectNothingWritten = async () => expect(await rowCounts()).toStrictEqual(baseline);

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
    caseworkerA = await makeUser("CASEWORKER", officeA.id);
    caseworkerB = await makeUser("CASEWORKER", officeB.id);
    refsA = { beneficiaryId: (await makeBeneficiary(officeA.id)).id, projectId: officeA.projectId };
    avrInput = avrCaseInput(refsA, {
      migrantCategory: "OTHER",
      travelDetails: "Flight via Houston",
    });
    avr = await openCase(caseworkerA, avrInput);
    baseline = await rowCounts();
  });

  it("writes the new values, increments version by 1, and audits 'case.update' with exactly the changed field names", async () => {
    const result = await update(
      caseworkerA,
      updateInputFrom(avrInput, avr.id, 1, {
        migrantCategory: "FAILED_ASYLUM_SEEKER",
        travelDetails: "Bus to the border",
      }),
    );

    expect(result).toStrictEqual({ ok: true, data: { id: avr.id, version: 2 } });
    expect(await storedCase(avr.id)).toMatchObject({
      version: 2,
      migrantCategory: "FAILED_ASYLUM_SEEKER",
      travelDetails: "Bus to the border",
      returnCountry: "HND",
      plannedDepartureOn: toDay("2026-06-15"),
      openedOn: toDay("2026-03-02"),
      status: "OPEN",
    });
    expect(await rowCounts()).toStrictEqual({
      ...baseline,
      auditEntries: baseline.auditEntries + 1,
    });
    const audits = await auditRows("case.update");
    expect(
      audits.map(({ action, actor_id, entity_type, entity_id, office_id, changed_fields }) => ({
        action,
        actor_id,
        entity_type,
        entity_id,
        office_id,
        changed_fields,
      })),
    ).toStrictEqual([
      {
        action: "case.update",
        actor_id: caseworkerA.id,
        entity_type: "case",
        entity_id: avr.id,
        office_id: officeA.id,
        changed_fields: ["migrantCategory", "travelDetails"],
      },
    ]);
    expect(audits[0]!.row).not.toContain("border");
  });

  it("clearing an optional field (plannedDepartureOn '') stores null and audits ['plannedDepartureOn']", async () => {
    const result = await update(
      caseworkerA,
      updateInputFrom(avrInput, avr.id, 1, { plannedDepartureOn: "" }),
    );

    expect(result).toStrictEqual({ ok: true, data: { id: avr.id, version: 2 } });
    expect((await storedCase(avr.id)).plannedDepartureOn).toBeNull();
    expect((await auditRows("case.update")).map((audit) => audit.changed_fields)).toStrictEqual([
      ["plannedDepartureOn"],
    ]);
  });

  it("moving to another running project of the office and another opening day audits ['projectId', 'openedOn']", async () => {
    const project = await makeProject(officeA.id, "2026-01-01", null);

    const result = await update(
      caseworkerA,
      updateInputFrom(avrInput, avr.id, 1, { projectId: project.id, openedOn: "2026-02-15" }),
    );

    expect(result).toStrictEqual({ ok: true, data: { id: avr.id, version: 2 } });
    expect(await storedCase(avr.id)).toMatchObject({
      projectId: project.id,
      openedOn: toDay("2026-02-15"),
    });
    expect((await auditRows("case.update")).map((audit) => audit.changed_fields)).toStrictEqual([
      ["projectId", "openedOn"],
    ]);
  });

  it("two successive edits take the version from 1 to 2 to 3, with one audit entry each", async () => {
    unwrap(
      await update(caseworkerA, updateInputFrom(avrInput, avr.id, 1, { travelDetails: "Bus" })),
    );

    const result = await update(
      caseworkerA,
      updateInputFrom(avrInput, avr.id, 2, { travelDetails: "Train" }),
    );

    expect(result).toStrictEqual({ ok: true, data: { id: avr.id, version: 3 } });
    expect(await storedCase(avr.id)).toMatchObject({ version: 3, travelDetails: "Train" });
    expect((await auditRows("case.update")).map((audit) => audit.changed_fields)).toStrictEqual([
      ["travelDetails"],
      ["travelDetails"],
    ]);
  });

  it("a no-op edit (same values, padded text trimmed back to the same) writes no audit entry and keeps the version", async () => {
    const result = await update(
      caseworkerA,
      updateInputFrom(avrInput, avr.id, 1, { travelDetails: "  Flight via Houston  " }),
    );

    expect(result).toStrictEqual({ ok: true, data: { id: avr.id, version: 1 } });
    expect((await storedCase(avr.id)).version).toBe(1);
    await expectNothingWritten();
  });

  it("VOT: changing the exploitation types and risk level audits ['exploitationTypes', 'riskLevel']", async () => {
    const votInput = votCaseInput(refsA);
    const vot = await openCase(caseworkerA, votInput);

    const result = await update(
      caseworkerA,
      updateInputFrom(votInput, vot.id, 1, {
        exploitationTypes: ["FORCED_LABOUR", "SEXUAL"],
        riskLevel: "MEDIUM",
      }),
    );

    expect(result).toStrictEqual({ ok: true, data: { id: vot.id, version: 2 } });
    expect(await storedCase(vot.id)).toMatchObject({
      exploitationTypes: ["FORCED_LABOUR", "SEXUAL"],
      riskLevel: "MEDIUM",
      labourSector: "AGRICULTURE",
    });
    expect((await auditRows("case.update")).map((audit) => audit.changed_fields)).toStrictEqual([
      ["exploitationTypes", "riskLevel"],
    ]);
  });

  it("REINTEGRATION: linking then unlinking an AVR case by ref sets then clears avr_case_id, audited as ['avrCaseId']", async () => {
    const reintegrationInput = reintegrationCaseInput(refsA);
    const reintegration = await openCase(caseworkerA, reintegrationInput);

    const linked = await update(
      caseworkerA,
      updateInputFrom(reintegrationInput, reintegration.id, 1, { avrCaseRef: avr.ref }),
    );
    expect(linked).toStrictEqual({ ok: true, data: { id: reintegration.id, version: 2 } });
    expect((await storedCase(reintegration.id)).avrCaseId).toBe(avr.id);

    const unlinked = await update(
      caseworkerA,
      updateInputFrom(reintegrationInput, reintegration.id, 2, { avrCaseRef: "" }),
    );
    expect(unlinked).toStrictEqual({ ok: true, data: { id: reintegration.id, version: 3 } });
    expect((await storedCase(reintegration.id)).avrCaseId).toBeNull();
    expect((await auditRows("case.update")).map((audit) => audit.changed_fields)).toStrictEqual([
      ["avrCaseId"],
      ["avrCaseId"],
    ]);
  });

  describe("refused, nothing written", () => {
    it("a stale version: { ok: false, error: 'CONFLICT' }, the other save's values kept", async () => {
      unwrap(
        await update(
          caseworkerA,
          updateInputFrom(avrInput, avr.id, 1, { travelDetails: "Saved first" }),
        ),
      );
      baseline = await rowCounts();

      const result = await update(
        caseworkerA,
        updateInputFrom(avrInput, avr.id, 1, { travelDetails: "Saved second" }),
      );

      expect(result).toStrictEqual({ ok: false, error: "CONFLICT", fieldErrors: undefined });
      expect(await storedCase(avr.id)).toMatchObject({ version: 2, travelDetails: "Saved first" });
      await expectNothingWritten();
    });

    it("two concurrent updates with the same version: exactly one succeeds, the other gets CONFLICT, no lost update", async () => {
      const results = await Promise.all([
        update(
          caseworkerA,
          updateInputFrom(avrInput, avr.id, 1, {
            travelDetails: "Edit A",
            migrantCategory: "VISA_OVERSTAYER",
          }),
        ),
        update(
          caseworkerA,
          updateInputFrom(avrInput, avr.id, 1, { travelDetails: "Edit B", returnCountry: "GTM" }),
        ),
      ]);

      const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toStrictEqual([
        { ok: false, error: "CONFLICT", fieldErrors: undefined },
      ]);
      const stored = await storedCase(avr.id);
      expect(stored.version).toBe(2);
      expect(
        winners[0] === 0
          ? { travelDetails: "Edit A", migrantCategory: "VISA_OVERSTAYER", returnCountry: "HND" }
          : { travelDetails: "Edit B", migrantCategory: "OTHER", returnCountry: "GTM" },
      ).toStrictEqual({
        travelDetails: stored.travelDetails,
        migrantCategory: stored.migrantCategory,
        returnCountry: stored.returnCountry,
      });
      expect(await auditRows("case.update")).toHaveLength(1);
    });

    it("another office's caseId: NOT_FOUND, that case unchanged", async () => {
      const otherInput = avrCaseInput({
        beneficiaryId: (await makeBeneficiary(officeB.id)).id,
        projectId: officeB.projectId,
      });
      const other = await openCase(caseworkerB, otherInput);
      baseline = await rowCounts();

      const result = await update(
        caseworkerA,
        updateInputFrom(otherInput, other.id, 1, { travelDetails: "Hijacked" }),
      );

      expect(result).toStrictEqual({ ok: false, error: "NOT_FOUND", fieldErrors: undefined });
      expect(await storedCase(other.id)).toMatchObject({
        version: 1,
        travelDetails: "Flight via Houston",
      });
      await expectNothingWritten();
    });

    it("a kind that does not match the case (VOT fields for an AVR case): VALIDATION { kind: ['invalidChoice'] }", async () => {
      const result = await update(caseworkerA, updateInputFrom(votCaseInput(refsA), avr.id, 1));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { kind: ["invalidChoice"] },
      });
      expect(await storedCase(avr.id)).toMatchObject({
        kind: "AVR",
        version: 1,
        identifiedOn: null,
        exploitationTypes: [],
      });
      await expectNothingWritten();
    });

    it("a closed case: VALIDATION { _form: ['caseClosed'] }", async () => {
      unwrap(
        await executeAction(
          changeCaseStatusAction.definition,
          caseworkerA,
          statusInput(avr.id, 1, "CLOSED", "2026-04-01", "Withdrew"),
        ),
      );
      baseline = await rowCounts();

      const result = await update(
        caseworkerA,
        updateInputFrom(avrInput, avr.id, 2, { travelDetails: "Too late" }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { _form: ["caseClosed"] },
      });
      expect(await storedCase(avr.id)).toMatchObject({
        version: 2,
        status: "CLOSED",
        travelDetails: "Flight via Houston",
      });
      await expectNothingWritten();
    });

    it.each<[string, Input, Record<string, string[]>]>([
      [
        "an opening date 5 days in the future",
        { openedOn: dayFromToday(5) },
        { openedOn: ["dateInFuture"] },
      ],
      ["an empty migrantCategory", { migrantCategory: "" }, { migrantCategory: ["invalidChoice"] }],
      ["returnCountry 'XXX'", { returnCountry: "XXX" }, { returnCountry: ["invalidCountry"] }],
      ["a version sent as text", { version: "1" }, { version: ["invalidChoice"] }],
      ["a caseId that is not a uuid", { caseId: "1" }, { caseId: ["invalidChoice"] }],
    ])("%s: VALIDATION with exactly that field error", async (_label, change, fieldErrors) => {
      const result = await update(caseworkerA, {
        ...updateInputFrom(avrInput, avr.id, 1, { travelDetails: "Changed" }),
        ...change,
      });

      expect(result).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors });
      expect((await storedCase(avr.id)).version).toBe(1);
      await expectNothingWritten();
    });

    it("a project of another office: VALIDATION { projectId: ['projectNotRunning'] }", async () => {
      const result = await update(
        caseworkerA,
        updateInputFrom(avrInput, avr.id, 1, { projectId: officeB.projectId }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { projectId: ["projectNotRunning"] },
      });
      expect((await storedCase(avr.id)).projectId).toBe(officeA.projectId);
      await expectNothingWritten();
    });

    it("an opening date the current project no longer covers: VALIDATION { projectId: ['projectNotRunning'] }", async () => {
      const project = await makeProject(officeA.id, "2026-01-01", "2026-06-30");
      unwrap(
        await update(caseworkerA, updateInputFrom(avrInput, avr.id, 1, { projectId: project.id })),
      );
      baseline = await rowCounts();

      const result = await update(
        caseworkerA,
        updateInputFrom(avrInput, avr.id, 2, { projectId: project.id, openedOn: "2026-07-01" }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { projectId: ["projectNotRunning"] },
      });
      expect((await storedCase(avr.id)).openedOn).toStrictEqual(toDay("2026-03-02"));
      await expectNothingWritten();
    });

    it("REINTEGRATION linking the ref of a VOT case: VALIDATION { avrCaseRef: ['unknownAvrCase'] }", async () => {
      const reintegrationInput = reintegrationCaseInput(refsA);
      const reintegration = await openCase(caseworkerA, reintegrationInput);
      const vot = await openCase(caseworkerA, votCaseInput(refsA));
      baseline = await rowCounts();

      const result = await update(
        caseworkerA,
        updateInputFrom(reintegrationInput, reintegration.id, 1, { avrCaseRef: vot.ref }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { avrCaseRef: ["unknownAvrCase"] },
      });
      await expectNothingWritten();
    });

    it("VOT identified after the (new) opening date is refused with { identifiedOn: ['identifiedAfterOpening'] } as openCase does (today the update is saved)", async () => {
      const votInput = votCaseInput(refsA, { identifiedOn: "2026-02-20", openedOn: "2026-03-02" });
      const vot = await openCase(caseworkerA, votInput);
      baseline = await rowCounts();

      const result = await update(
        caseworkerA,
        updateInputFrom(votInput, vot.id, 1, { identifiedOn: "2026-03-10" }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { identifiedOn: ["identifiedAfterOpening"] },
      });
      expect((await storedCase(vot.id)).identifiedOn).toStrictEqual(toDay("2026-02-20"));
      await expectNothingWritten();
    });

    it.each(["HQ", "ADMIN"] as const)("returns FORBIDDEN to %s", async (role) => {
      const actor = await makeUser(role, null);
      baseline = await rowCounts();

      expect(
        await update(actor, updateInputFrom(avrInput, avr.id, 1, { travelDetails: "x" })),
      ).toStrictEqual({ ok: false, error: "FORBIDDEN" });
      await expectNothingWritten();
    });

    it("returns UNAUTHENTICATED for a null actor", async () => {
      expect(
        await update(null, updateInputFrom(avrInput, avr.id, 1, { travelDetails: "x" })),
      ).toStrictEqual({ ok: false, error: "UNAUTHENTICATED" });
      await expectNothingWritten();
    });
  });
});
