import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { countReintegrationServices } from "@/lib/review/count-reintegration-services";
import {
  auditRows,
  decide,
  deliver,
  itemIdsOf,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  reviewCounts,
  submittedPlan,
  unwrap,
  type ReviewCounts,
} from "@/lib/testing/kit";

describe("delivering approved plan items as services", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let supervisor: Actor;
  let caseId: string;
  let plan: { id: string; version: number };
  let items: string[];
  let baseline: ReviewCounts;
  const expectNothingWritten = async () => expect(await reviewCounts()).toStrictEqual(baseline);
  const refused = (reason: string) => ({
    ok: false,
    error: "VALIDATION",
    fieldErrors: { _form: [reason] },
  });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id);
    supervisor = await makeUser("SUPERVISOR", office.id);
    caseId = (await makeCase(office, "REINTEGRATION")).id;
    plan = await submittedPlan(caseworker, caseId);
    items = await itemIdsOf(plan.id);
    baseline = await reviewCounts();
  });

  const approve = async () => {
    plan = unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE"));
    baseline = await reviewCounts();
  };

  it("an approved item becomes a service of its type, amount and currency on the case, linked to the item and audited as 'service.add'", async () => {
    await approve();

    const result = unwrap(
      await deliver(caseworker, items[0]!, {
        deliveredOn: "2026-05-02",
        provider: "Cooperativa Textil",
      }),
    );

    const service = await db.service.findUniqueOrThrow({ where: { id: result.serviceId } });
    expect(service).toMatchObject({
      caseId,
      type: "SMALL_BUSINESS",
      deliveredOn: toDay("2026-05-02"),
      amountMinor: 40_000,
      currency: "USD",
      provider: "Cooperativa Textil",
      createdById: caseworker.id,
    });
    expect((await db.planItem.findUniqueOrThrow({ where: { id: items[0]! } })).serviceId).toBe(
      result.serviceId,
    );
    expect((await auditRows("service.add")).map((audit) => audit.entity_id)).toStrictEqual([
      caseId,
    ]);
    expect(await reviewCounts()).toStrictEqual({
      ...baseline,
      services: 1,
      auditEntries: baseline.auditEntries + 1,
      idempotencyKeys: baseline.idempotencyKeys + 1,
    });
  });

  it("delivered items count in REPORT_SPEC's reintegrationServices for their year, and only there", async () => {
    await approve();
    unwrap(await deliver(caseworker, items[0]!, { deliveredOn: "2026-05-02" }));
    unwrap(await deliver(caseworker, items[1]!, { deliveredOn: "2026-06-10" }));
    const hq = await makeUser("HQ", null);

    expect(await countReintegrationServices(hq, 2026)).toBe(2);
    expect(await countReintegrationServices(hq, 2025)).toBe(0);
    expect(await countReintegrationServices(supervisor, 2026)).toBe(2);
  });

  it("the same idempotency key twice returns the first delivery and writes one service", async () => {
    await approve();
    const key = randomUUID();

    const [first, second] = [
      await deliver(caseworker, items[0]!, { idempotencyKey: key }),
      await deliver(caseworker, items[0]!, { idempotencyKey: key }),
    ];

    expect(second).toStrictEqual(first);
    expect((await reviewCounts()).services).toBe(1);
  });

  describe("refused, nothing written", () => {
    it("an item delivered already: { _form: ['alreadyDelivered'] }", async () => {
      await approve();
      unwrap(await deliver(caseworker, items[0]!));
      baseline = await reviewCounts();

      expect(await deliver(caseworker, items[0]!)).toStrictEqual(refused("alreadyDelivered"));
      await expectNothingWritten();
    });

    it("the same item delivered twice at once with different keys: one service, the other alreadyDelivered", async () => {
      await approve();

      const results = await Promise.all([
        deliver(caseworker, items[0]!),
        deliver(supervisor, items[0]!),
      ]);

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toStrictEqual([refused("alreadyDelivered")]);
      expect(await db.service.count({ where: { caseId } })).toBe(1);
    });

    it("an item of a submitted (not yet approved) plan: { _form: ['planNotApproved'] }", async () => {
      expect(await deliver(caseworker, items[0]!)).toStrictEqual(refused("planNotApproved"));
      await expectNothingWritten();
    });

    it("an item of a plan whose second approval is missing: { _form: ['planNotApproved'] }", async () => {
      await db.office.update({
        where: { id: office.id },
        data: { secondApprovalMinor: 100, secondApprovalCurrency: "USD" },
      });
      expect(unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE")).status).toBe(
        "AWAITING_SECOND_APPROVAL",
      );
      baseline = await reviewCounts();

      expect(await deliver(caseworker, items[0]!)).toStrictEqual(refused("planNotApproved"));
      await expectNothingWritten();
    });

    it("a delivery day before the case opened: { deliveredOn: ['beforeOpening'] }", async () => {
      await approve();

      expect(await deliver(caseworker, items[0]!, { deliveredOn: "2025-12-31" })).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { deliveredOn: ["beforeOpening"] },
      });
      await expectNothingWritten();
    });

    it("another office's item: NOT_FOUND", async () => {
      await approve();
      const stranger = await makeUser("CASEWORKER", (await makeOffice("MEX")).id);
      baseline = await reviewCounts();

      expect(await deliver(stranger, items[0]!)).toStrictEqual({
        ok: false,
        error: "NOT_FOUND",
        fieldErrors: undefined,
      });
      await expectNothingWritten();
    });
  });
});
