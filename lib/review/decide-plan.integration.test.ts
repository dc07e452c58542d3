import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db, pool } from "@/lib/db";
import {
  auditRows,
  decide,
  makeCase,
  makeOffice,
  makeUser,
  newPlanInput,
  resetDatabase,
  reviewCounts,
  save,
  submit,
  submittedPlan,
  unwrap,
  type ReviewCounts,
} from "@/lib/testing/kit";

type DecisionRow = { decision: string; decided_by_id: string; comment: string | null };
const decisionRows = async (planId: string) =>
  (
    await pool.query<DecisionRow>(
      "SELECT decision, decided_by_id, comment FROM plan_decisions WHERE plan_id = $1 ORDER BY decided_at, id",
      [planId],
    )
  ).rows;
const inboxRows = async () =>
  (
    await pool.query<{
      user_id: string;
      kind: string;
      case_id: string;
      read_at: Date | null;
      row: string;
    }>(
      "SELECT user_id, kind, case_id, read_at, row_to_json(m)::text AS row FROM inbox_messages m ORDER BY created_at, kind",
    )
  ).rows;

describe("supervisor decisions on a reintegration plan", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let supervisor: Actor;
  let secondSupervisor: Actor;
  let caseId: string;
  let plan: { id: string; version: number };
  let baseline: ReviewCounts;
  const expectNothingWritten = async () => expect(await reviewCounts()).toStrictEqual(baseline);
  const refused = (reason: string) => ({
    ok: false,
    error: "VALIDATION",
    fieldErrors: { _form: [reason] },
  });
  const setThreshold = (minor: number, currency: string) =>
    db.office.update({
      where: { id: office.id },
      data: { secondApprovalMinor: minor, secondApprovalCurrency: currency },
    });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id);
    supervisor = await makeUser("SUPERVISOR", office.id);
    secondSupervisor = await makeUser("SUPERVISOR", office.id);
    caseId = (await makeCase(office, "REINTEGRATION")).id;
    plan = await submittedPlan(caseworker, caseId);
    baseline = await reviewCounts();
  });

  it("return with a comment → RETURNED; the decision keeps who and the comment; the caseworker gets a PLAN_RETURNED message with ids only", async () => {
    const result = await decide(
      supervisor,
      plan.id,
      plan.version,
      "RETURN",
      "Add a quote for the sewing machine, Sra. Cruz.",
    );

    expect(result).toStrictEqual({
      ok: true,
      data: { id: plan.id, version: plan.version + 1, status: "RETURNED" },
    });
    expect(await decisionRows(plan.id)).toStrictEqual([
      {
        decision: "RETURN",
        decided_by_id: supervisor.id,
        comment: "Add a quote for the sewing machine, Sra. Cruz.",
      },
    ]);
    const inbox = await inboxRows();
    expect(
      inbox.map(({ user_id, kind, case_id, read_at }) => ({ user_id, kind, case_id, read_at })),
    ).toStrictEqual([
      { user_id: caseworker.id, kind: "PLAN_RETURNED", case_id: caseId, read_at: null },
    ]);
    expect(inbox[0]!.row).not.toContain("Cruz");
    const audits = await auditRows("plan.return");
    expect(
      audits.map(({ actor_id, entity_id, changed_fields }) => ({
        actor_id,
        entity_id,
        changed_fields,
      })),
    ).toStrictEqual([
      { actor_id: supervisor.id, entity_id: caseId, changed_fields: ["planStatus", "comment"] },
    ]);
    expect(audits[0]!.row).not.toContain("Cruz");
  });

  it("the whole cycle: returned, amended by the caseworker, resubmitted, approved → APPROVED with both decisions and two messages", async () => {
    const returned = unwrap(
      await decide(supervisor, plan.id, plan.version, "RETURN", "Lower the training cost"),
    );
    const amended = unwrap(
      await save(caseworker, newPlanInput(caseId, { planId: plan.id, version: returned.version })),
    );
    const resubmitted = unwrap(await submit(caseworker, plan.id, amended.version));

    const approved = await decide(supervisor, plan.id, resubmitted.version, "APPROVE");

    expect(approved).toStrictEqual({
      ok: true,
      data: { id: plan.id, version: resubmitted.version + 1, status: "APPROVED" },
    });
    expect((await decisionRows(plan.id)).map((row) => row.decision)).toStrictEqual([
      "RETURN",
      "APPROVE",
    ]);
    expect((await inboxRows()).map((row) => [row.user_id, row.kind])).toStrictEqual([
      [caseworker.id, "PLAN_RETURNED"],
      [caseworker.id, "PLAN_APPROVED"],
    ]);
  });

  it("reject with a reason → REJECTED and PLAN_REJECTED; a new plan may then be drafted on the case", async () => {
    expect(
      unwrap(
        await decide(
          supervisor,
          plan.id,
          plan.version,
          "REJECT",
          "Duplicate of the support given in 2025",
        ),
      ).status,
    ).toBe("REJECTED");
    expect((await inboxRows()).map((row) => row.kind)).toStrictEqual(["PLAN_REJECTED"]);

    expect(await save(caseworker, newPlanInput(caseId))).toMatchObject({ ok: true });
  });

  describe("second approval above the office threshold", () => {
    beforeEach(async () => {
      await setThreshold(50_000, "USD"); // the plan's total is 650.50 USD
      baseline = await reviewCounts();
    });

    it("the first approval → AWAITING_SECOND_APPROVAL (FIRST_APPROVAL recorded); a different supervisor's approval → APPROVED", async () => {
      const first = unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE"));
      expect(first.status).toBe("AWAITING_SECOND_APPROVAL");
      expect((await inboxRows()).map((row) => [row.kind, row.user_id]).sort()).toStrictEqual([
        ["PLAN_AWAITING_SECOND_APPROVAL", caseworker.id],
        ["PLAN_NEEDS_SECOND_APPROVAL", secondSupervisor.id],
      ]);

      const second = await decide(secondSupervisor, plan.id, first.version, "APPROVE");

      expect(second).toStrictEqual({
        ok: true,
        data: { id: plan.id, version: first.version + 1, status: "APPROVED" },
      });
      expect(await decisionRows(plan.id)).toStrictEqual([
        { decision: "FIRST_APPROVAL", decided_by_id: supervisor.id, comment: null },
        { decision: "APPROVE", decided_by_id: secondSupervisor.id, comment: null },
      ]);
    });

    it("the same supervisor approving twice: { _form: ['secondApprovalBySameSupervisor'] }, nothing written", async () => {
      const first = unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE"));
      baseline = await reviewCounts();

      expect(await decide(supervisor, plan.id, first.version, "APPROVE")).toStrictEqual(
        refused("secondApprovalBySameSupervisor"),
      );
      await expectNothingWritten();
    });

    it("a total exactly at the threshold is approved in one step", async () => {
      await setThreshold(65_050, "USD");
      expect(unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE")).status).toBe(
        "APPROVED",
      );
    });
  });

  describe("refused, nothing written", () => {
    it("a caseworker approving: FORBIDDEN", async () => {
      expect(await decide(caseworker, plan.id, plan.version, "APPROVE")).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });
      await expectNothingWritten();
    });

    it("a supervisor of another office: NOT_FOUND, as if the plan did not exist", async () => {
      const otherSupervisor = await makeUser("SUPERVISOR", (await makeOffice("MEX")).id);
      baseline = await reviewCounts();

      for (const decision of ["APPROVE", "RETURN", "REJECT"]) {
        expect(
          await decide(otherSupervisor, plan.id, plan.version, decision, "comment"),
        ).toStrictEqual({ ok: false, error: "NOT_FOUND", fieldErrors: undefined });
      }
      await expectNothingWritten();
    });

    it("a supervisor approving a plan they drafted: { _form: ['selfApproval'] }", async () => {
      const ownCase = await makeCase(office, "REINTEGRATION");
      const own = await submittedPlan(supervisor, ownCase.id);
      baseline = await reviewCounts();

      expect(await decide(supervisor, own.id, own.version, "APPROVE")).toStrictEqual(
        refused("selfApproval"),
      );
      await expectNothingWritten();
    });

    it("a supervisor approving a caseworker's plan they last amended: { _form: ['selfApproval'] }", async () => {
      const returned = unwrap(
        await decide(secondSupervisor, plan.id, plan.version, "RETURN", "Split the items"),
      );
      const amended = unwrap(
        await save(
          supervisor,
          newPlanInput(caseId, { planId: plan.id, version: returned.version }),
        ),
      );
      const resubmitted = unwrap(await submit(caseworker, plan.id, amended.version));
      baseline = await reviewCounts();

      expect(await decide(supervisor, plan.id, resubmitted.version, "APPROVE")).toStrictEqual(
        refused("selfApproval"),
      );
      await expectNothingWritten();
    });

    it("a supervisor who amended the items, after the caseworker re-saves the same items: { _form: ['selfApproval'] }", async () => {
      const returned = unwrap(
        await decide(secondSupervisor, plan.id, plan.version, "RETURN", "Split the items"),
      );
      const amended = unwrap(
        await save(
          supervisor,
          newPlanInput(caseId, { planId: plan.id, version: returned.version }),
        ),
      );
      const resaved = unwrap(
        await save(caseworker, newPlanInput(caseId, { planId: plan.id, version: amended.version })),
      );
      const resubmitted = unwrap(await submit(caseworker, plan.id, resaved.version));
      baseline = await reviewCounts();

      expect(await decide(supervisor, plan.id, resubmitted.version, "APPROVE")).toStrictEqual(
        refused("selfApproval"),
      );
      await expectNothingWritten();
      expect(
        unwrap(await decide(secondSupervisor, plan.id, resubmitted.version, "APPROVE")).status,
      ).toBe("APPROVED");
    });

    it.each(["RETURN", "REJECT"])(
      "%s without a comment: { comment: ['commentRequired'] }",
      async (decision) => {
        expect(await decide(supervisor, plan.id, plan.version, decision, "  ")).toStrictEqual({
          ok: false,
          error: "VALIDATION",
          fieldErrors: { comment: ["commentRequired"] },
        });
        await expectNothingWritten();
      },
    );

    it("a decision on a plan that is not waiting (a draft, an approved plan): { _form: ['planNotPending'] }", async () => {
      const draftCase = await makeCase(office, "REINTEGRATION");
      const draft = unwrap(await save(caseworker, newPlanInput(draftCase.id)));
      const approved = unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE"));
      baseline = await reviewCounts();

      expect(await decide(supervisor, draft.id, draft.version, "APPROVE")).toStrictEqual(
        refused("planNotPending"),
      );
      expect(
        await decide(supervisor, plan.id, approved.version, "REJECT", "Changed my mind"),
      ).toStrictEqual(refused("planNotPending"));
      await expectNothingWritten();
    });

    it("a stale version: CONFLICT", async () => {
      expect(await decide(supervisor, plan.id, plan.version - 1, "APPROVE")).toStrictEqual({
        ok: false,
        error: "CONFLICT",
        fieldErrors: undefined,
      });
      await expectNothingWritten();
    });

    it("two supervisors deciding the same version at once: exactly one decision is written, the other gets CONFLICT", async () => {
      const results = await Promise.all([
        decide(supervisor, plan.id, plan.version, "APPROVE"),
        decide(secondSupervisor, plan.id, plan.version, "REJECT", "Not eligible"),
      ]);

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toStrictEqual([
        { ok: false, error: "CONFLICT", fieldErrors: undefined },
      ]);
      expect(await reviewCounts()).toMatchObject({ decisions: 1, inbox: 1 });
    });
  });
});
