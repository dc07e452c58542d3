import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { recordConsentAction, withdrawConsentAction } from "@/lib/consent/actions";
import { listCaseConsents } from "@/lib/consent/list-case-consents";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  birthdayYearsAgo,
  consentInput,
  dayFromToday,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  type Input,
} from "@/lib/testing/kit";

describe("consent per case and purpose", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let caseId: string;
  const record = (actor: Actor, input: Input) =>
    executeAction(recordConsentAction.definition, actor, input);
  const withdraw = (actor: Actor, input: Input) =>
    executeAction(withdrawConsentAction.definition, actor, input);
  const setBirthDate = (birthDate: string) =>
    db.beneficiary.updateMany({
      where: { cases: { some: { id: caseId } } },
      data: { birthDate: toDay(birthDate) },
    });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", office.id);
    caseId = (await makeCase(office, "REINTEGRATION")).id;
  });

  it("records a hand-over consent with its scope, dropping guardian fields that do not apply, audited without personal values", async () => {
    const result = await record(
      caseworker,
      consentInput(caseId, {
        purpose: "HAND_OVER",
        countries: ["HND", "GTM", "HND"],
        guardianName: "Ana López",
      }),
    );
    expect(result.ok).toBe(true);
    const [stored] = await listCaseConsents(caseworker, caseId);
    expect(stored).toMatchObject({
      purpose: "HAND_OVER",
      givenBy: "BENEFICIARY",
      guardianName: null,
      anyOffice: false,
      countries: ["GTM", "HND"],
      withdrawnOn: null,
    });
    const audits = await auditRows("consent.record");
    expect(audits.map((row) => [row.entity_id, row.office_id])).toEqual([[caseId, office.id]]);
    expect(audits[0]!.row).not.toContain("López");
  });

  it("refuses a child's own consent: a guardian with name and relationship must give it", async () => {
    await setBirthDate(birthdayYearsAgo(15));
    expect(await record(caseworker, consentInput(caseId))).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { givenBy: ["guardianRequiredForChild"] },
    });
    expect(await record(caseworker, consentInput(caseId, { givenBy: "GUARDIAN" }))).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { guardianName: ["required"], guardianRelationship: ["required"] },
    });
    const ok = await record(
      caseworker,
      consentInput(caseId, {
        givenBy: "GUARDIAN",
        guardianName: "Ana López",
        guardianRelationship: "Mother",
      }),
    );
    expect(ok.ok).toBe(true);
    expect(await db.caseConsent.count()).toBe(1);
  });

  it("judges childhood on the consent date: 18 on that day consents alone", async () => {
    await setBirthDate("2000-05-15");
    expect((await record(caseworker, consentInput(caseId, { givenOn: "2018-05-14" }))).ok).toBe(
      false,
    );
    expect((await record(caseworker, consentInput(caseId, { givenOn: "2018-05-15" }))).ok).toBe(
      true,
    );
  });

  it("requires a scope for a hand-over consent", async () => {
    expect(await record(caseworker, consentInput(caseId, { purpose: "HAND_OVER" }))).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { countries: ["consentScopeRequired"] },
    });
  });

  it("does not let another office record or withdraw consent on the case", async () => {
    const other = await makeOffice("GTM");
    const outsider = await makeUser("SUPERVISOR", other.id);
    expect(await record(outsider, consentInput(caseId))).toEqual({ ok: false, error: "NOT_FOUND" });
    const recorded = await record(caseworker, consentInput(caseId));
    if (!recorded.ok) throw new Error("setup");
    const id = recorded.data.id;
    expect(
      await withdraw(outsider, {
        consentId: id,
        withdrawnOn: dayFromToday(0),
        reason: "Asked to stop",
      }),
    ).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("withdraws once, with date, reason and who; not before the consent was given", async () => {
    const recorded = await record(caseworker, consentInput(caseId, { givenOn: dayFromToday(-5) }));
    if (!recorded.ok) throw new Error("setup");
    const consentId = recorded.data.id;
    expect(
      await withdraw(caseworker, {
        consentId,
        withdrawnOn: dayFromToday(-6),
        reason: "Changed mind",
      }),
    ).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { withdrawnOn: ["beforeConsent"] },
    });
    expect(
      await withdraw(caseworker, { consentId, withdrawnOn: dayFromToday(0), reason: "" }),
    ).toMatchObject({ ok: false, error: "VALIDATION" });
    expect(
      await withdraw(caseworker, {
        consentId,
        withdrawnOn: dayFromToday(0),
        reason: "Changed mind",
      }),
    ).toEqual({ ok: true, data: { id: consentId } });
    expect(
      await withdraw(caseworker, { consentId, withdrawnOn: dayFromToday(0), reason: "Again" }),
    ).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["consentAlreadyWithdrawn"] },
    });
    const [stored] = await listCaseConsents(caseworker, caseId);
    expect(stored).toMatchObject({
      withdrawnOn: toDay(dayFromToday(0)),
      withdrawalReason: "Changed mind",
      withdrawnBy: { name: caseworker.name },
    });
    expect((await auditRows("consent.withdraw")).map((row) => row.changed_fields)).toEqual([
      ["withdrawnOn", "withdrawalReason"],
    ]);
  });
});
