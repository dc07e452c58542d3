import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import {
  findDuplicateBeneficiariesAction,
  registerBeneficiaryAction,
} from "@/lib/beneficiaries/actions";
import { toDay } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  beneficiaryInput,
  dayFromToday,
  makeOffice,
  makeUser,
  resetDatabase,
  rowCounts,
  unwrap,
  type Input,
} from "@/lib/testing/kit";

const registeredFields = [
  "givenName",
  "familyName",
  "sex",
  "birthDate",
  "estimatedAge",
  "nationality",
  "phone",
  "contactEmail",
  "address",
  "hasConsent",
  "consentDate",
  "consentPurpose",
];
const nothingWritten = {
  beneficiaries: 0,
  cases: 0,
  caseStatusChanges: 0,
  services: 0,
  auditEntries: 0,
  idempotencyKeys: 0,
  refCounters: 0,
};

describe("registerBeneficiaryAction", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let officeB: Awaited<ReturnType<typeof makeOffice>>;
  let caseworkerA: Actor;
  let caseworkerB: Actor;

  const register = (actor: Actor | null, input: Input) =>
    executeAction(registerBeneficiaryAction.definition, actor, input);

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
    caseworkerA = await makeUser("CASEWORKER", officeA.id);
    caseworkerB = await makeUser("CASEWORKER", officeB.id);
  });

  it("writes exactly one beneficiary B-<OFFICE>-000001 in the caseworker's office, then -000002, each with one 'beneficiary.register' audit entry holding no name, phone, email or address", async () => {
    expect(await rowCounts()).toStrictEqual(nothingWritten);

    const first = await register(caseworkerA, beneficiaryInput());
    const second = await register(
      caseworkerA,
      beneficiaryInput({
        givenName: "Marta",
        familyName: "Quispe",
        sex: "F",
        birthDate: "1985-11-03",
        nationality: "PER",
        phone: "",
        contactEmail: "",
        address: "",
        hasConsent: false,
        consentDate: "",
        consentPurpose: "",
      }),
    );

    expect(first).toStrictEqual({
      ok: true,
      data: { id: expect.any(String), ref: `B-${officeA.code}-000001` },
    });
    expect(second).toStrictEqual({
      ok: true,
      data: { id: expect.any(String), ref: `B-${officeA.code}-000002` },
    });
    const firstId = unwrap(first).id;
    const secondId = unwrap(second).id;
    expect(await rowCounts()).toStrictEqual({
      ...nothingWritten,
      beneficiaries: 2,
      auditEntries: 2,
      idempotencyKeys: 2,
      refCounters: 1,
    });
    expect(await db.beneficiary.findUniqueOrThrow({ where: { id: firstId } })).toMatchObject({
      ref: `B-${officeA.code}-000001`,
      officeId: officeA.id,
      givenName: "José",
      familyName: "Pérez",
      sex: "M",
      birthDate: toDay("1990-05-12"),
      isBirthDateEstimated: false,
      nationality: "HND",
      phone: "+52 55 1234 5678",
      contactEmail: "jose.perez@example.org",
      address: "Calle Reforma 12",
      hasConsent: true,
      consentDate: toDay("2026-03-01"),
      consentPurpose: "Case management",
      version: 1,
    });
    expect(await db.beneficiary.findUniqueOrThrow({ where: { id: secondId } })).toMatchObject({
      officeId: officeA.id,
      birthDate: toDay("1985-11-03"),
      phone: null,
      contactEmail: null,
      address: null,
      hasConsent: false,
      consentDate: null,
      consentPurpose: null,
    });

    const audits = await auditRows();
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
        action: "beneficiary.register",
        actor_id: caseworkerA.id,
        entity_type: "beneficiary",
        entity_id: firstId,
        office_id: officeA.id,
        changed_fields: registeredFields,
      },
      {
        action: "beneficiary.register",
        actor_id: caseworkerA.id,
        entity_type: "beneficiary",
        entity_id: secondId,
        office_id: officeA.id,
        changed_fields: registeredFields,
      },
    ]);
    for (const personal of [
      "José",
      "Jos\\u00e9",
      "Pérez",
      "P\\u00e9rez",
      "Marta",
      "Quispe",
      "1234 5678",
      "jose.perez",
      "example.org",
      "Reforma",
      "1990-05-12",
    ]) {
      expect(audits[0]!.row + audits[1]!.row).not.toContain(personal);
    }
  });

  it("numbers each office separately: the first beneficiary of office B is B-<OFFICE B>-000001", async () => {
    unwrap(await register(caseworkerA, beneficiaryInput()));

    const result = await register(
      caseworkerB,
      beneficiaryInput({ givenName: "Ana", familyName: "López" }),
    );

    expect(result).toStrictEqual({
      ok: true,
      data: { id: expect.any(String), ref: `B-${officeB.code}-000001` },
    });
    expect(
      (await db.beneficiary.findUniqueOrThrow({ where: { id: unwrap(result).id } })).officeId,
    ).toBe(officeB.id);
  });

  it("lets a SUPERVISOR register in their own office", async () => {
    const supervisor = await makeUser("SUPERVISOR", officeA.id);

    const result = await register(supervisor, beneficiaryInput());

    expect(result).toStrictEqual({
      ok: true,
      data: { id: expect.any(String), ref: `B-${officeA.code}-000001` },
    });
    expect(await db.beneficiary.count({ where: { officeId: officeA.id } })).toBe(1);
  });

  it("stores an estimated age of 30 as 1 July of (this year - 30) with isBirthDateEstimated true", async () => {
    const result = await register(
      caseworkerA,
      beneficiaryInput({ birthDate: "", estimatedAge: 30 }),
    );

    const stored = await db.beneficiary.findUniqueOrThrow({ where: { id: unwrap(result).id } });
    expect(stored.birthDate).toStrictEqual(toDay(`${new Date().getUTCFullYear() - 30}-07-01`));
    expect(stored.isBirthDateEstimated).toBe(true);
  });

  it("accepts an estimated age sent as the text '0' (a baby) and stores 1 July of this year", async () => {
    const result = await register(
      caseworkerA,
      beneficiaryInput({ birthDate: null, estimatedAge: "0" }),
    );

    const stored = await db.beneficiary.findUniqueOrThrow({ where: { id: unwrap(result).id } });
    expect(stored).toMatchObject({
      birthDate: toDay(`${new Date().getUTCFullYear()}-07-01`),
      isBirthDateEstimated: true,
    });
  });

  it("stores no birth date and isBirthDateEstimated false when neither birth date nor age is given", async () => {
    const result = await register(
      caseworkerA,
      beneficiaryInput({ birthDate: "", estimatedAge: "" }),
    );

    const stored = await db.beneficiary.findUniqueOrThrow({ where: { id: unwrap(result).id } });
    expect(stored).toMatchObject({ birthDate: null, isBirthDateEstimated: false });
  });

  it.each<[string, Input, Record<string, string[]>]>([
    [
      "both a birth date and an estimated age",
      { birthDate: "1990-05-12", estimatedAge: 35 },
      { estimatedAge: ["birthDateOrAge"] },
    ],
    ["an empty givenName", { givenName: "" }, { givenName: ["required"] }],
    ["a givenName of spaces only", { givenName: "   " }, { givenName: ["required"] }],
    ["an empty familyName", { familyName: "" }, { familyName: ["required"] }],
    ["a givenName of 101 characters", { givenName: "a".repeat(101) }, { givenName: ["tooLong"] }],
    ["sex 'Z'", { sex: "Z" }, { sex: ["invalidChoice"] }],
    [
      "a birth date 5 days in the future",
      { birthDate: dayFromToday(5) },
      { birthDate: ["dateInFuture"] },
    ],
    [
      "a birth date that is not a day (2026-02-30)",
      { birthDate: "2026-02-30" },
      { birthDate: ["invalidDate"] },
    ],
    ["nationality 'XXX'", { nationality: "XXX" }, { nationality: ["invalidCountry"] }],
    [
      "nationality in lower case ('hnd')",
      { nationality: "hnd" },
      { nationality: ["invalidCountry"] },
    ],
    [
      "an estimated age of 121",
      { birthDate: "", estimatedAge: 121 },
      { estimatedAge: ["invalidNumber"] },
    ],
    [
      "an estimated age of -1",
      { birthDate: "", estimatedAge: -1 },
      { estimatedAge: ["invalidNumber"] },
    ],
    [
      "a malformed email",
      { contactEmail: "jose-at-example.org" },
      { contactEmail: ["invalidEmail"] },
    ],
    [
      "consent without date or purpose",
      { hasConsent: true, consentDate: "", consentPurpose: "" },
      { consentDate: ["required"], consentPurpose: ["required"] },
    ],
    [
      "a consent date 5 days in the future",
      { consentDate: dayFromToday(5) },
      { consentDate: ["dateInFuture"] },
    ],
    [
      "an idempotency key that is not a uuid",
      { idempotencyKey: "retry-1" },
      { idempotencyKey: ["invalidChoice"] },
    ],
  ])(
    "rejects %s with VALIDATION and exactly that field error, and writes nothing",
    async (_label, change, fieldErrors) => {
      const result = await register(caseworkerA, beneficiaryInput(change));

      expect(result).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors });
      expect(await rowCounts()).toStrictEqual(nothingWritten);
    },
  );

  it("rejects an estimated age of 2.5 with { estimatedAge: ['invalidNumber'] } (today zod's own 'Invalid input', shown as 'Choose one of the options')", async () => {
    const result = await register(
      caseworkerA,
      beneficiaryInput({ birthDate: "", estimatedAge: 2.5 }),
    );

    expect(result).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { estimatedAge: ["invalidNumber"] },
    });
  });

  it("accepts a birth date of tomorrow (a user east of UTC) but not the day after", async () => {
    const dayAfter = await register(caseworkerA, beneficiaryInput({ birthDate: dayFromToday(2) }));
    const tomorrow = await register(caseworkerA, beneficiaryInput({ birthDate: dayFromToday(1) }));

    expect(dayAfter).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { birthDate: ["dateInFuture"] },
    });
    expect(tomorrow).toMatchObject({ ok: true });
    expect(await db.beneficiary.count()).toBe(1);
  });

  describe("duplicate check", () => {
    it("refuses 'jose perez' after 'José Pérez' (same birth date and nationality, same office) with _form possibleDuplicates and writes nothing", async () => {
      unwrap(await register(caseworkerA, beneficiaryInput()));
      const before = await rowCounts();

      const result = await register(
        caseworkerA,
        beneficiaryInput({ givenName: "jose", familyName: "perez", phone: "", contactEmail: "" }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { _form: ["possibleDuplicates"] },
      });
      expect(await rowCounts()).toStrictEqual(before);
      const { rows } = await pool.query<{ value: number }>("SELECT value FROM ref_counters");
      expect(rows).toStrictEqual([{ value: 1 }]);
    });

    it("also finds 'JOSÉ PÉREZ' registered by estimated age in the same birth year", async () => {
      const year = new Date().getUTCFullYear() - 36;
      unwrap(await register(caseworkerA, beneficiaryInput({ birthDate: `${year}-02-14` })));

      const result = await register(
        caseworkerA,
        beneficiaryInput({
          givenName: "JOSÉ",
          familyName: "PÉREZ",
          birthDate: "",
          estimatedAge: 36,
        }),
      );

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { _form: ["possibleDuplicates"] },
      });
      expect(await db.beneficiary.count()).toBe(1);
    });

    it("registers the likely duplicate when acknowledgedDuplicates is true, with the next ref, even reusing the refused submission's key", async () => {
      unwrap(await register(caseworkerA, beneficiaryInput()));
      const retry = beneficiaryInput({ givenName: "jose", familyName: "perez" });
      expect(await register(caseworkerA, retry)).toMatchObject({
        ok: false,
        fieldErrors: { _form: ["possibleDuplicates"] },
      });

      const result = await register(caseworkerA, { ...retry, acknowledgedDuplicates: true });

      expect(result).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `B-${officeA.code}-000002` },
      });
      expect(await db.beneficiary.count({ where: { officeId: officeA.id } })).toBe(2);
      expect(await auditRows("beneficiary.register")).toHaveLength(2);
    });

    it("does not report a person with the same name but another birth date or another nationality", async () => {
      unwrap(await register(caseworkerA, beneficiaryInput()));

      const otherBirthDate = await register(
        caseworkerA,
        beneficiaryInput({ birthDate: "1991-05-12" }),
      );
      const otherNationality = await register(
        caseworkerA,
        beneficiaryInput({ nationality: "SLV" }),
      );

      expect(otherBirthDate).toMatchObject({ ok: true });
      expect(otherNationality).toMatchObject({ ok: true });
      expect(await db.beneficiary.count()).toBe(3);
    });

    it("does not report the same person registered in another office", async () => {
      unwrap(await register(caseworkerB, beneficiaryInput()));

      const result = await register(
        caseworkerA,
        beneficiaryInput({ givenName: "jose", familyName: "perez" }),
      );

      expect(result).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `B-${officeA.code}-000001` },
      });
      expect(await db.beneficiary.count({ where: { officeId: officeA.id } })).toBe(1);
      expect(await db.beneficiary.count({ where: { officeId: officeB.id } })).toBe(1);
    });
  });

  describe("findDuplicateBeneficiariesAction", () => {
    const query = {
      givenName: "jose",
      familyName: "PEREZ",
      birthDate: "1990-05-12",
      estimatedAge: null,
      nationality: "HND",
    };

    it("returns only the actor's office's candidates, with ref and names", async () => {
      const inA = unwrap(await register(caseworkerA, beneficiaryInput()));
      const inB = unwrap(await register(caseworkerB, beneficiaryInput()));
      unwrap(
        await register(caseworkerA, beneficiaryInput({ givenName: "Marta", familyName: "Quispe" })),
      );

      const fromA = await executeAction(
        findDuplicateBeneficiariesAction.definition,
        caseworkerA,
        query,
      );
      const fromB = await executeAction(
        findDuplicateBeneficiariesAction.definition,
        caseworkerB,
        query,
      );

      expect(fromA).toStrictEqual({
        ok: true,
        data: [
          {
            id: inA.id,
            ref: inA.ref,
            givenName: "José",
            familyName: "Pérez",
            birthDate: toDay("1990-05-12"),
            nationality: "HND",
          },
        ],
      });
      expect(fromB).toStrictEqual({
        ok: true,
        data: [
          {
            id: inB.id,
            ref: inB.ref,
            givenName: "José",
            familyName: "Pérez",
            birthDate: toDay("1990-05-12"),
            nationality: "HND",
          },
        ],
      });
    });

    it("returns an empty list for an office with nobody similar, and writes nothing", async () => {
      unwrap(await register(caseworkerB, beneficiaryInput()));
      const before = await rowCounts();

      expect(
        await executeAction(findDuplicateBeneficiariesAction.definition, caseworkerA, query),
      ).toStrictEqual({
        ok: true,
        data: [],
      });
      expect(await rowCounts()).toStrictEqual(before);
    });

    it.each(["HQ", "ADMIN"] as const)("returns FORBIDDEN to %s", async (role) => {
      const actor = await makeUser(role, null);

      expect(
        await executeAction(findDuplicateBeneficiariesAction.definition, actor, query),
      ).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });
    });
  });

  describe("idempotency", () => {
    it("the same idempotencyKey submitted twice in a row returns the first beneficiary (today the retry is refused as its own possible duplicate)", async () => {
      const input = beneficiaryInput();

      const first = await register(caseworkerA, input);
      const second = await register(caseworkerA, input);

      expect(first).toMatchObject({ ok: true });
      expect(second).toStrictEqual(first);
      expect(await db.beneficiary.count()).toBe(1);
    });

    it("the same idempotencyKey submitted twice in a row with acknowledgedDuplicates creates one beneficiary and returns the same id and ref", async () => {
      const input = beneficiaryInput({ acknowledgedDuplicates: true });

      const first = await register(caseworkerA, input);
      const second = await register(caseworkerA, input);

      expect(first).toStrictEqual({
        ok: true,
        data: { id: expect.any(String), ref: `B-${officeA.code}-000001` },
      });
      expect(second).toStrictEqual(first);
      expect(await rowCounts()).toStrictEqual({
        ...nothingWritten,
        beneficiaries: 1,
        auditEntries: 1,
        idempotencyKeys: 1,
        refCounters: 1,
      });
    });

    it("the same idempotencyKey submitted 5 times at once creates one beneficiary, one audit entry, and every call returns the same id", async () => {
      const input = beneficiaryInput({ acknowledgedDuplicates: true });

      const results = await Promise.all(
        Array.from({ length: 5 }, () => register(caseworkerA, input)),
      );

      const expected = {
        ok: true,
        data: { id: expect.any(String), ref: `B-${officeA.code}-000001` },
      };
      for (const result of results) expect(result).toStrictEqual(expected);
      expect(new Set(results.map((result) => unwrap(result).id)).size).toBe(1);
      expect(await rowCounts()).toStrictEqual({
        ...nothingWritten,
        beneficiaries: 1,
        auditEntries: 1,
        idempotencyKeys: 1,
        refCounters: 1,
      });
    });

    it("5 different people registered at once get the gap-free refs -000001 to -000005", async () => {
      const names = ["Ana", "Berta", "Carla", "Dora", "Elena"];

      const results = await Promise.all(
        names.map((givenName, index) =>
          register(
            caseworkerA,
            beneficiaryInput({
              givenName,
              familyName: `Family${index}`,
              birthDate: `198${index}-01-01`,
            }),
          ),
        ),
      );

      expect(results.map((result) => unwrap(result).ref).sort()).toStrictEqual(
        [1, 2, 3, 4, 5].map((n) => `B-${officeA.code}-00000${n}`),
      );
    });

    it("refuses a key already used by another user with CONFLICT and writes nothing more", async () => {
      const key = randomUUID();
      const otherCaseworker = await makeUser("CASEWORKER", officeA.id);
      unwrap(await register(caseworkerA, beneficiaryInput({ idempotencyKey: key })));
      const before = await rowCounts();

      const result = await register(
        otherCaseworker,
        beneficiaryInput({ givenName: "Marta", familyName: "Quispe", idempotencyKey: key }),
      );

      expect(result).toStrictEqual({ ok: false, error: "CONFLICT", fieldErrors: undefined });
      expect(await rowCounts()).toStrictEqual(before);
    });
  });

  describe("who may register", () => {
    it.each(["HQ", "ADMIN"] as const)(
      "returns FORBIDDEN to %s and writes nothing",
      async (role) => {
        const actor = await makeUser(role, null);

        expect(await register(actor, beneficiaryInput())).toStrictEqual({
          ok: false,
          error: "FORBIDDEN",
        });
        expect(await rowCounts()).toStrictEqual(nothingWritten);
      },
    );

    it("returns UNAUTHENTICATED for a null actor and writes nothing", async () => {
      expect(await register(null, beneficiaryInput())).toStrictEqual({
        ok: false,
        error: "UNAUTHENTICATED",
      });
      expect(await rowCounts()).toStrictEqual(nothingWritten);
    });
  });
});
