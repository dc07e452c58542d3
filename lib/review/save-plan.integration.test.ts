import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import {
  auditRows,
  itemInput,
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

describe("drafting and submitting a reintegration plan", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let caseId: string;
  let baseline: ReviewCounts;
  const expectNothingWritten = async () => expect(await reviewCounts()).toStrictEqual(baseline);

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id);
    caseId = (await makeCase(office, "REINTEGRATION")).id;
    baseline = await reviewCounts();
  });

  it("a caseworker's new plan is a DRAFT at version 1 with its items in order, the total in minor units, and one 'plan.create' audit entry without the descriptions", async () => {
    const { id } = unwrap(await save(caseworker, newPlanInput(caseId)));

    const plan = await db.reintegrationPlan.findUniqueOrThrow({
      where: { id },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(plan).toMatchObject({
      caseId,
      officeId: office.id,
      status: "DRAFT",
      version: 1,
      currency: "USD",
      totalMinor: 65_050,
      draftedById: caseworker.id,
      lastEditedById: caseworker.id,
      submittedAt: null,
    });
    expect(
      plan.items.map(
        ({ position, type, modality, amountMinor, currency, plannedOn, serviceId }) => ({
          position,
          type,
          modality,
          amountMinor,
          currency,
          plannedOn,
          serviceId,
        }),
      ),
    ).toStrictEqual([
      {
        position: 1,
        type: "SMALL_BUSINESS",
        modality: "IN_KIND",
        amountMinor: 40_000,
        currency: "USD",
        plannedOn: toDay("2026-04-01"),
        serviceId: null,
      },
      {
        position: 2,
        type: "VOCATIONAL_TRAINING",
        modality: "CASH",
        amountMinor: 25_050,
        currency: "USD",
        plannedOn: toDay("2026-03-20"),
        serviceId: null,
      },
    ]);
    const audits = await auditRows("plan.create");
    expect(
      audits.map(({ actor_id, entity_type, entity_id, changed_fields }) => ({
        actor_id,
        entity_type,
        entity_id,
        changed_fields,
      })),
    ).toStrictEqual([
      {
        actor_id: caseworker.id,
        entity_type: "case",
        entity_id: caseId,
        changed_fields: ["plan", "items"],
      },
    ]);
    expect(audits[0]!.row).not.toContain("Sewing");
  });

  it("saving a draft again replaces its items, bumps the version and records who amended it", async () => {
    const draft = unwrap(await save(caseworker, newPlanInput(caseId)));
    const supervisor = await makeUser("SUPERVISOR", office.id);

    const saved = unwrap(
      await save(
        supervisor,
        newPlanInput(caseId, {
          planId: draft.id,
          version: 1,
          currency: "JPY",
          items: [itemInput({ amount: "5000" })],
        }),
      ),
    );

    expect(saved).toStrictEqual({ id: draft.id, version: 2 });
    const plan = await db.reintegrationPlan.findUniqueOrThrow({
      where: { id: draft.id },
      include: { items: true },
    });
    expect(plan).toMatchObject({
      version: 2,
      currency: "JPY",
      totalMinor: 5000,
      draftedById: caseworker.id,
      lastEditedById: supervisor.id,
    });
    expect(
      plan.items.map(({ amountMinor, currency }) => ({ amountMinor, currency })),
    ).toStrictEqual([{ amountMinor: 5000, currency: "JPY" }]);
  });

  it("submitting moves the plan to SUBMITTED with a submission time and a 'plan.submit' audit entry", async () => {
    const draft = unwrap(await save(caseworker, newPlanInput(caseId)));

    expect(await submit(caseworker, draft.id, 1)).toStrictEqual({
      ok: true,
      data: { id: draft.id, version: 2, status: "SUBMITTED" },
    });
    expect(await db.reintegrationPlan.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject(
      { status: "SUBMITTED", submittedAt: expect.any(Date) },
    );
    expect((await auditRows("plan.submit")).map((audit) => audit.entity_id)).toStrictEqual([
      caseId,
    ]);
  });

  describe("refused, nothing written", () => {
    it("editing a submitted plan: { _form: ['planLocked'] }", async () => {
      const plan = await submittedPlan(caseworker, caseId);
      baseline = await reviewCounts();

      const result = await save(
        caseworker,
        newPlanInput(caseId, {
          planId: plan.id,
          version: plan.version,
          items: [itemInput({ amount: "9999" })],
        }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { _form: ["planLocked"] },
      });
      await expectNothingWritten();
    });

    it("submitting a submitted plan again: { _form: ['planLocked'] }", async () => {
      const plan = await submittedPlan(caseworker, caseId);
      baseline = await reviewCounts();

      expect(await submit(caseworker, plan.id, plan.version)).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { _form: ["planLocked"] },
      });
      await expectNothingWritten();
    });

    it("a stale version: CONFLICT", async () => {
      const draft = unwrap(await save(caseworker, newPlanInput(caseId)));
      unwrap(await save(caseworker, newPlanInput(caseId, { planId: draft.id, version: 1 })));
      baseline = await reviewCounts();

      expect(
        await save(caseworker, newPlanInput(caseId, { planId: draft.id, version: 1 })),
      ).toStrictEqual({ ok: false, error: "CONFLICT", fieldErrors: undefined });
      expect(await submit(caseworker, draft.id, 1)).toStrictEqual({
        ok: false,
        error: "CONFLICT",
        fieldErrors: undefined,
      });
      await expectNothingWritten();
    });

    it("a second live plan on the same case: { _form: ['planExists'] }", async () => {
      unwrap(await save(caseworker, newPlanInput(caseId)));
      baseline = await reviewCounts();

      expect(await save(caseworker, newPlanInput(caseId))).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { _form: ["planExists"] },
      });
      await expectNothingWritten();
    });

    it.each(["AVR", "VOT"] as const)(
      "a plan on a %s case: { _form: ['notReintegrationCase'] }",
      async (kind) => {
        const other = await makeCase(office, kind);
        baseline = await reviewCounts();

        expect(await save(caseworker, newPlanInput(other.id))).toStrictEqual({
          ok: false,
          error: "VALIDATION",
          fieldErrors: { _form: ["notReintegrationCase"] },
        });
        await expectNothingWritten();
      },
    );

    it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
      [
        "an item of a non-reintegration type",
        { items: [itemInput({ type: "SHELTER" })] },
        { "items.0.type": ["invalidChoice"] },
      ],
      ["no items", { items: [] }, { items: ["atLeastOneItem"] }],
      [
        "an amount with more decimals than the currency",
        { currency: "JPY", items: [itemInput({ amount: "10.5" })] },
        { "items.0.amount": ["invalidAmount"] },
      ],
      [
        "a negative amount",
        { items: [itemInput({ amount: "-1" })] },
        { "items.0.amount": ["invalidAmount"] },
      ],
      ["an unknown currency", { currency: "XYZ" }, { currency: ["invalidChoice"] }],
      [
        "a blank description",
        { items: [itemInput({ description: "  " })] },
        { "items.0.description": ["required"] },
      ],
    ])("%s: VALIDATION with exactly that field error", async (_label, change, fieldErrors) => {
      expect(await save(caseworker, newPlanInput(caseId, change))).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors,
      });
      await expectNothingWritten();
    });

    it("another office's case: NOT_FOUND", async () => {
      const otherOffice = await makeOffice("MEX");
      const otherCase = await makeCase(otherOffice, "REINTEGRATION");
      baseline = await reviewCounts();

      expect(await save(caseworker, newPlanInput(otherCase.id))).toStrictEqual({
        ok: false,
        error: "NOT_FOUND",
        fieldErrors: undefined,
      });
      await expectNothingWritten();
    });

    it.each(["HQ", "ADMIN"] as const)("returns FORBIDDEN to %s", async (role) => {
      expect(await save(await makeUser(role, null), newPlanInput(caseId))).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });
      await expectNothingWritten();
    });
  });

  it("the database itself refuses a plan item of a non-reintegration type, a negative amount, and a currency other than the plan's", async () => {
    const { id } = unwrap(await save(caseworker, newPlanInput(caseId)));
    const insert = (type: string, amount: number, currency: string) =>
      pool.query(
        "INSERT INTO plan_items (id, plan_id, position, type, description, modality, amount_minor, currency, planned_on) VALUES (gen_random_uuid(), $1, 9, $2, 'x', 'CASH', $3, $4, '2026-05-01')",
        [id, type, amount, currency],
      );

    await expect(insert("SHELTER", 100, "USD")).rejects.toMatchObject({
      constraint: "plan_items_reintegration_type",
    });
    await expect(insert("EDUCATION", -1, "USD")).rejects.toMatchObject({
      constraint: "plan_items_amount_not_negative",
    });
    await expect(insert("EDUCATION", 100, "EUR")).rejects.toMatchObject({
      constraint: "plan_items_plan_id_currency_fkey",
    });
  });

  it("the same idempotency key sent 3 times at once creates exactly one plan and returns its id each time", async () => {
    const input = newPlanInput(caseId);

    const results = await Promise.all([
      save(caseworker, input),
      save(caseworker, input),
      save(caseworker, input),
    ]);

    const ids = results.map((result) => unwrap(result).id);
    expect(new Set(ids).size).toBe(1);
    expect(await reviewCounts()).toMatchObject({ plans: 1, items: 2 });
  });
});
