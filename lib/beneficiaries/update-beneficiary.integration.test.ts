import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { updateBeneficiaryAction } from "@/lib/beneficiaries/actions";
import { ageOn } from "@/lib/beneficiaries/birth-date";
import { today, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  beneficiaryInput,
  makeBeneficiary,
  makeOffice,
  makeUser,
  resetDatabase,
  rowCounts,
  type Input,
} from "@/lib/testing/kit";

describe("updateBeneficiaryAction", () => {
  let caseworker: Actor;
  let person: { id: string; version: number };

  const edit = (actor: Actor | null, overrides: Input = {}) =>
    executeAction(
      updateBeneficiaryAction.definition,
      actor,
      beneficiaryInput({ beneficiaryId: person.id, version: 1, ...overrides }),
    );
  const stored = () => db.beneficiary.findUniqueOrThrow({ where: { id: person.id } });

  beforeEach(async () => {
    await resetDatabase();
    const office = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", office.id);
    person = await makeBeneficiary(office.id, { givenName: "Jose", familyName: "Perez" });
  });

  it("saves the new values, increments the version, and audits exactly the changed field names", async () => {
    const result = await edit(caseworker);

    expect(result).toStrictEqual({ ok: true, data: { id: person.id, version: 2 } });
    const saved = await stored();
    expect(saved).toMatchObject({
      givenName: "José",
      familyName: "Pérez",
      sex: "M",
      birthDate: toDay("1990-05-12"),
      phone: "+52 55 1234 5678",
      consentPurpose: "Case management",
      version: 2,
    });
    const [audit] = await auditRows("beneficiary.update");
    expect(audit).toMatchObject({ entity_id: person.id, actor_id: caseworker.id });
    expect(audit!.changed_fields.sort()).toStrictEqual(
      [
        "givenName",
        "familyName",
        "sex",
        "birthDate",
        "phone",
        "contactEmail",
        "address",
        "hasConsent",
        "consentDate",
        "consentPurpose",
      ].sort(),
    );
    expect(audit!.row).not.toContain("Pérez");
  });

  it("a stale version is refused with CONFLICT and writes nothing; the other save's values stay", async () => {
    expect((await edit(caseworker, { phone: "111" })).ok).toBe(true);
    const before = await rowCounts();

    const stale = await edit(caseworker, { phone: "222", address: "Elsewhere" });

    expect(stale).toStrictEqual({ ok: false, error: "CONFLICT", fieldErrors: undefined });
    expect(await rowCounts()).toStrictEqual(before);
    expect(await stored()).toMatchObject({ phone: "111", version: 2 });
  });

  it("the same submission sent twice saves once and answers the second with the first result", async () => {
    const input = beneficiaryInput({ beneficiaryId: person.id, version: 1 });
    const first = await executeAction(updateBeneficiaryAction.definition, caseworker, input);
    const again = await executeAction(updateBeneficiaryAction.definition, caseworker, input);

    expect(again).toStrictEqual(first);
    expect(await auditRows("beneficiary.update")).toHaveLength(1);
    expect((await stored()).version).toBe(2);
  });

  it("keeps an estimated birth date when the estimated age is unchanged", async () => {
    await db.beneficiary.update({
      where: { id: person.id },
      data: { birthDate: toDay("1980-07-01"), isBirthDateEstimated: true },
    });
    const age = ageOn(toDay("1980-07-01"), today());
    const result = await edit(caseworker, { birthDate: "", estimatedAge: String(age) });

    expect(result.ok).toBe(true);
    expect(await stored()).toMatchObject({
      birthDate: toDay("1980-07-01"),
      isBirthDateEstimated: true,
    });
    expect((await auditRows("beneficiary.update"))[0]!.changed_fields).not.toContain("birthDate");
  });

  it("another office's record is NOT_FOUND, a merged one is refused, HQ is FORBIDDEN: nothing written", async () => {
    const elsewhere = await makeUser("CASEWORKER", (await makeOffice("GTM")).id);
    const hq = await makeUser("HQ", null);
    const before = await rowCounts();

    expect(await edit(elsewhere)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await edit(hq)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const survivor = await makeBeneficiary((await stored()).officeId);
    await db.beneficiary.update({
      where: { id: person.id },
      data: { mergedIntoId: survivor.id, mergedAt: new Date() },
    });
    expect(await edit(caseworker)).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["beneficiaryMerged"] },
    });
    expect((await rowCounts()).auditEntries).toBe(before.auditEntries);
    expect((await stored()).givenName).toBe("Jose");
  });
});
