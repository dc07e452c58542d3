import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { addServiceAction, changeCaseStatusAction } from "@/lib/cases/actions";
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
  serviceInput,
  statusInput,
  unwrap,
  votCaseInput,
  type Input,
  type RowCounts,
} from "@/lib/testing/kit";

describe("addServiceAction", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let officeB: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let refsA: { beneficiaryId: string; projectId: string };
  let avr: { id: string; ref: string };
  let baseline: RowCounts;

  const add = (actor: Actor | null, input: Input) =>
    executeAction(addServiceAction.definition, actor, input);
  const expectNothingWritten = async () => expect(await rowCounts()).toStrictEqual(baseline);
  const storedService = (id: string) => db.service.findUniqueOrThrow({ where: { id } });

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", officeA.id);
    refsA = { beneficiaryId: (await makeBeneficiary(officeA.id)).id, projectId: officeA.projectId };
    avr = await openCase(caseworker, avrCaseInput(refsA, { openedOn: "2026-03-02" }));
    baseline = await rowCounts();
  });

  it("a counselling session writes one service row and one 'service.add' audit entry on the case, and leaves the case's version alone", async () => {
    const result = await add(
      caseworker,
      serviceInput(avr.id, {
        type: "COUNSELLING",
        deliveredOn: "2026-03-10",
        provider: "IOM Mexico",
        note: "First session",
      }),
    );

    expect(result).toStrictEqual({ ok: true, data: { id: expect.any(String) } });
    expect(await rowCounts()).toStrictEqual({
      ...baseline,
      services: 1,
      auditEntries: baseline.auditEntries + 1,
      idempotencyKeys: baseline.idempotencyKeys + 1,
    });
    expect(await storedService(unwrap(result).id)).toMatchObject({
      caseId: avr.id,
      type: "COUNSELLING",
      deliveredOn: toDay("2026-03-10"),
      provider: "IOM Mexico",
      note: "First session",
      amountMinor: null,
      currency: null,
      createdById: caseworker.id,
    });
    const audits = await auditRows("service.add");
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
        action: "service.add",
        actor_id: caseworker.id,
        entity_type: "case",
        entity_id: avr.id,
        office_id: officeA.id,
        changed_fields: ["type", "deliveredOn", "provider", "note"],
      },
    ]);
    expect(audits[0]!.row).not.toContain("First session");
    expect((await db.case.findUniqueOrThrow({ where: { id: avr.id } })).version).toBe(1);
  });

  it("a service with only type and day audits ['type', 'deliveredOn'] and stores nulls for the rest", async () => {
    const result = await add(caseworker, serviceInput(avr.id));

    expect(await storedService(unwrap(result).id)).toMatchObject({
      provider: null,
      note: null,
      amountMinor: null,
      currency: null,
    });
    expect((await auditRows("service.add")).map((audit) => audit.changed_fields)).toStrictEqual([
      ["type", "deliveredOn"],
    ]);
  });

  it.each<[string, string, number, string]>([
    ["12.50", "USD", 1250, "USD"],
    [" 12.5 ", "usd", 1250, "USD"],
    ["100", "JPY", 100, "JPY"],
    ["1.234", "BHD", 1234, "BHD"],
    ["0", "EUR", 0, "EUR"],
  ])(
    "amount %j in %s stores amount_minor %i and currency %s, audited with amount and currency",
    async (amount, currency, amountMinor, storedCurrency) => {
      const result = await add(
        caseworker,
        serviceInput(avr.id, { type: "RETURN_TRAVEL", amount, currency }),
      );

      expect(await storedService(unwrap(result).id)).toMatchObject({
        type: "RETURN_TRAVEL",
        amountMinor,
        currency: storedCurrency,
      });
      expect((await auditRows("service.add")).map((audit) => audit.changed_fields)).toStrictEqual([
        ["type", "deliveredOn", "amount", "currency"],
      ]);
    },
  );

  it("accepts a service delivered on the case's opening day", async () => {
    const result = await add(caseworker, serviceInput(avr.id, { deliveredOn: "2026-03-02" }));

    expect(await storedService(unwrap(result).id)).toMatchObject({
      deliveredOn: toDay("2026-03-02"),
    });
  });

  describe("refused, nothing written", () => {
    it.each<[string, Input, Record<string, string[]>]>([
      [
        "amount '1.234' in USD (3 decimals, USD has 2)",
        { amount: "1.234", currency: "USD" },
        { amount: ["invalidAmount"] },
      ],
      [
        "amount '100.5' in JPY (JPY has none)",
        { amount: "100.5", currency: "JPY" },
        { amount: ["invalidAmount"] },
      ],
      ["a negative amount", { amount: "-5", currency: "USD" }, { amount: ["invalidAmount"] }],
      [
        "an amount with a decimal comma",
        { amount: "12,50", currency: "USD" },
        { amount: ["invalidAmount"] },
      ],
      [
        "an amount above the column's range",
        { amount: "21474836.48", currency: "USD" },
        { amount: ["invalidAmount"] },
      ],
      ["an amount without currency", { amount: "12.50", currency: "" }, { currency: ["required"] }],
      ["a currency without amount", { amount: "", currency: "USD" }, { amount: ["required"] }],
      ["currency 'XYZ'", { amount: "12.50", currency: "XYZ" }, { currency: ["invalidChoice"] }],
      ["a service type outside the enum", { type: "HAIRCUT" }, { type: ["invalidChoice"] }],
      [
        "a delivery day 5 days in the future",
        { deliveredOn: dayFromToday(5) },
        { deliveredOn: ["dateInFuture"] },
      ],
      [
        "a delivery day that is not a day",
        { deliveredOn: "10/03/2026" },
        { deliveredOn: ["invalidDate"] },
      ],
      ["a provider of 201 characters", { provider: "p".repeat(201) }, { provider: ["tooLong"] }],
    ])("%s: VALIDATION with exactly that field error", async (_label, change, fieldErrors) => {
      const result = await add(caseworker, serviceInput(avr.id, change));

      expect(result).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors });
      await expectNothingWritten();
    });

    it("a delivery day before the case's opening day: { deliveredOn: ['beforeOpening'] }", async () => {
      const result = await add(caseworker, serviceInput(avr.id, { deliveredOn: "2026-03-01" }));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { deliveredOn: ["beforeOpening"] },
      });
      await expectNothingWritten();
    });

    it.each([
      ["VOT", votCaseInput],
      ["REINTEGRATION", reintegrationCaseInput],
    ] as const)(
      "RETURN_TRAVEL on a %s case: { type: ['returnTravelOnlyAvr'] }",
      async (_kind, input) => {
        const other = await openCase(caseworker, input(refsA));
        baseline = await rowCounts();

        const result = await add(
          caseworker,
          serviceInput(other.id, { type: "RETURN_TRAVEL", amount: "300", currency: "USD" }),
        );

        expect(result).toStrictEqual({
          ok: false,
          error: "VALIDATION",
          fieldErrors: { type: ["returnTravelOnlyAvr"] },
        });
        await expectNothingWritten();
      },
    );

    it("a closed case: { _form: ['caseClosed'] }", async () => {
      unwrap(
        await executeAction(
          changeCaseStatusAction.definition,
          caseworker,
          statusInput(avr.id, 1, "CLOSED", "2026-04-01", "Withdrew"),
        ),
      );
      baseline = await rowCounts();

      const result = await add(caseworker, serviceInput(avr.id, { deliveredOn: "2026-04-01" }));

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { _form: ["caseClosed"] },
      });
      await expectNothingWritten();
    });

    it("another office's case: NOT_FOUND", async () => {
      const caseworkerB = await makeUser("CASEWORKER", officeB.id);
      const other = await openCase(
        caseworkerB,
        avrCaseInput({
          beneficiaryId: (await makeBeneficiary(officeB.id)).id,
          projectId: officeB.projectId,
        }),
      );
      baseline = await rowCounts();

      const result = await add(caseworker, serviceInput(other.id));

      expect(result).toStrictEqual({ ok: false, error: "NOT_FOUND", fieldErrors: undefined });
      expect(await db.service.count({ where: { caseId: other.id } })).toBe(0);
      await expectNothingWritten();
    });

    it.each(["HQ", "ADMIN"] as const)("returns FORBIDDEN to %s", async (role) => {
      const actor = await makeUser(role, null);
      baseline = await rowCounts();

      expect(await add(actor, serviceInput(avr.id))).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });
      await expectNothingWritten();
    });

    it("returns UNAUTHENTICATED for a null actor", async () => {
      expect(await add(null, serviceInput(avr.id))).toStrictEqual({
        ok: false,
        error: "UNAUTHENTICATED",
      });
      await expectNothingWritten();
    });
  });

  describe("idempotency", () => {
    it("the same idempotencyKey 5 times at once writes exactly one service and one audit entry; every call returns its id", async () => {
      const input = serviceInput(avr.id, { amount: "40", currency: "USD" });

      const results = await Promise.all(Array.from({ length: 5 }, () => add(caseworker, input)));

      const first = unwrap(results[0]!);
      for (const result of results) expect(result).toStrictEqual({ ok: true, data: first });
      expect(await rowCounts()).toStrictEqual({
        ...baseline,
        services: 1,
        auditEntries: baseline.auditEntries + 1,
        idempotencyKeys: baseline.idempotencyKeys + 1,
      });
    });

    it("the same idempotencyKey twice in a row writes one service and returns the same id", async () => {
      const input = serviceInput(avr.id);

      const first = await add(caseworker, input);
      const second = await add(caseworker, input);

      expect(second).toStrictEqual(first);
      expect(await db.service.count()).toBe(1);
    });

    it("two different keys with the same content write two services (a second session on the same day)", async () => {
      unwrap(await add(caseworker, serviceInput(avr.id)));
      unwrap(await add(caseworker, serviceInput(avr.id)));

      expect(await db.service.count({ where: { caseId: avr.id } })).toBe(2);
    });
  });
});
