import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { withdrawConsentAction } from "@/lib/consent/actions";
import { db } from "@/lib/db";
import { changeReferralStatusAction, sendReferralAction } from "@/lib/referrals/actions";
import { listCaseReferrals } from "@/lib/referrals/list-case-referrals";
import { listUnansweredReferrals } from "@/lib/referrals/list-unanswered-referrals";
import { getOfficeAnnualReport } from "@/lib/reports/get-office-annual-report";
import { anonymiseExpiredCases } from "@/lib/retention/anonymise-expired-cases";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  dayFromToday,
  makeCase,
  makeOffice,
  makeProvider,
  makeReferral,
  makeUser,
  recordConsent,
  resetDatabase,
  unwrap,
  type Input,
} from "@/lib/testing/kit";

describe("referrals of a case to a provider of the office's directory", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let kase: Awaited<ReturnType<typeof makeCase>>;
  let shelter: Awaited<ReturnType<typeof makeProvider>>;
  const send = (actor: Actor, overrides: Input = {}) =>
    executeAction(sendReferralAction.definition, actor, {
      caseId: kase.id,
      providerId: shelter.id,
      serviceType: "SHELTER",
      sentOn: dayFromToday(-3),
      note: "",
      idempotencyKey: randomUUID(),
      ...overrides,
    });
  const move = (actor: Actor, referralId: string, version: number, overrides: Input = {}) =>
    executeAction(changeReferralStatusAction.definition, actor, {
      referralId,
      version,
      toStatus: "ACCEPTED",
      effectiveOn: dayFromToday(0),
      recordService: false,
      amount: "",
      currency: "",
      idempotencyKey: randomUUID(),
      ...overrides,
    });
  const notConsented = {
    ok: false,
    error: "VALIDATION",
    fieldErrors: { _form: ["referralNotConsented"] },
  };

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", office.id);
    kase = await makeCase(office, "VOT");
    shelter = await makeProvider(office.id, { name: "Casa Refugio" });
  });

  it("is refused without a referral consent in force, and refused again once it is withdrawn", async () => {
    await recordConsent(caseworker, kase.id, { purpose: "ASSISTANCE" });
    await recordConsent(caseworker, kase.id, { purpose: "HAND_OVER", anyOffice: true });
    expect(await send(caseworker)).toEqual(notConsented);
    const consentId = await recordConsent(caseworker, kase.id, { purpose: "REFERRAL" });
    expect((await send(caseworker)).ok).toBe(true);
    unwrap(
      await executeAction(withdrawConsentAction.definition, caseworker, {
        consentId,
        withdrawnOn: dayFromToday(0),
        reason: "No longer agrees",
      }),
    );
    expect(await send(caseworker)).toEqual(notConsented);
    expect(await db.referral.count()).toBe(1);
    expect((await auditRows("referral.sent")).length).toBe(1);
  });

  it("goes sent → accepted → completed, each step dated, version-checked, audited and idempotent", async () => {
    await recordConsent(caseworker, kase.id, { purpose: "REFERRAL" });
    const sent = unwrap(await send(caseworker));
    expect(sent.version).toBe(1);
    const acceptKey = randomUUID();
    const accepted = unwrap(
      await move(caseworker, sent.id, 1, {
        effectiveOn: dayFromToday(-2),
        idempotencyKey: acceptKey,
      }),
    );
    // The same submission again returns the first result and writes nothing more.
    expect(
      unwrap(
        await move(caseworker, sent.id, 1, {
          effectiveOn: dayFromToday(-2),
          idempotencyKey: acceptKey,
        }),
      ),
    ).toEqual(accepted);
    expect(await move(caseworker, sent.id, 1, { toStatus: "COMPLETED" })).toEqual({
      ok: false,
      error: "CONFLICT",
    });
    unwrap(await move(caseworker, sent.id, 2, { toStatus: "COMPLETED" }));
    const [row] = await listCaseReferrals(caseworker, kase.id);
    expect(row).toMatchObject({
      status: "COMPLETED",
      version: 3,
      sentOn: new Date(`${dayFromToday(-3)}T00:00:00.000Z`),
      answeredOn: new Date(`${dayFromToday(-2)}T00:00:00.000Z`),
      completedOn: new Date(`${dayFromToday(0)}T00:00:00.000Z`),
      revokedOn: null,
      serviceId: null,
    });
    expect(
      (await auditRows()).map((entry) => entry.action).filter((a) => a.startsWith("referral")),
    ).toEqual(["referral.sent", "referral.accepted", "referral.completed"]);
  });

  it("refuses steps the workflow does not allow, and dates before the last step", async () => {
    await recordConsent(caseworker, kase.id, { purpose: "REFERRAL" });
    const sent = unwrap(await send(caseworker));
    const stepRefused = {
      ok: false,
      error: "VALIDATION",
      fieldErrors: { toStatus: ["referralStepNotAllowed"] },
    };
    expect(await move(caseworker, sent.id, 1, { toStatus: "COMPLETED" })).toEqual(stepRefused);
    expect(await move(caseworker, sent.id, 1, { effectiveOn: dayFromToday(-4) })).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { effectiveOn: ["beforeLastReferralStep"] },
    });
    unwrap(await move(caseworker, sent.id, 1, { toStatus: "DECLINED" }));
    expect(await move(caseworker, sent.id, 2, { toStatus: "REVOKED" })).toEqual(stepRefused);
    expect(await move(caseworker, sent.id, 2, { toStatus: "ACCEPTED" })).toEqual(stepRefused);
    // Revoked at any time before completion; never after.
    const second = unwrap(await send(caseworker));
    unwrap(await move(caseworker, second.id, 1));
    unwrap(await move(caseworker, second.id, 2, { toStatus: "REVOKED" }));
    expect(await move(caseworker, second.id, 3, { toStatus: "COMPLETED" })).toEqual(stepRefused);
    const third = unwrap(await send(caseworker));
    unwrap(await move(caseworker, third.id, 1));
    unwrap(await move(caseworker, third.id, 2, { toStatus: "COMPLETED" }));
    expect(await move(caseworker, third.id, 3, { toStatus: "REVOKED" })).toEqual(stepRefused);
    // A service is recorded only with a completion.
    expect((await move(caseworker, second.id, 3, { recordService: true })).ok).toBe(false);
  });

  it("completed with the service delivered, records a normal service that the office's report counts", async () => {
    const supervisor = await makeUser("SUPERVISOR", office.id);
    const year = new Date().getUTCFullYear();
    const shelters = async () =>
      (await getOfficeAnnualReport(supervisor, year)).report.breakdowns.serviceTypes.SHELTER;
    const before = await shelters();
    await recordConsent(caseworker, kase.id, { purpose: "REFERRAL" });
    const sent = unwrap(await send(caseworker));
    unwrap(await move(caseworker, sent.id, 1));
    const done = unwrap(
      await move(caseworker, sent.id, 2, {
        toStatus: "COMPLETED",
        recordService: true,
        amount: "150.00",
        currency: "MXN",
      }),
    );
    const service = await db.service.findUniqueOrThrow({ where: { id: done.serviceId! } });
    expect(service).toMatchObject({
      caseId: kase.id,
      type: "SHELTER",
      provider: "Casa Refugio",
      amountMinor: 15000,
      currency: "MXN",
      deliveredOn: new Date(`${dayFromToday(0)}T00:00:00.000Z`),
    });
    expect(await shelters()).toBe(Number(before) + 1);
    expect((await auditRows("service.add")).length).toBe(1);
  });

  it("records one completion and one service when the same step is submitted ten times at once", async () => {
    await recordConsent(caseworker, kase.id, { purpose: "REFERRAL" });
    const sent = unwrap(await send(caseworker));
    unwrap(await move(caseworker, sent.id, 1));
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        move(caseworker, sent.id, 2, { toStatus: "COMPLETED", recordService: true }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array.from({ length: 9 }, () => ({ ok: false, error: "CONFLICT" })),
    );
    expect(await db.service.count({ where: { caseId: kase.id } })).toBe(1);
    expect((await auditRows("referral.completed")).length).toBe(1);
  });

  it("refuses another office's case and provider, an inactive provider and a service the provider does not offer", async () => {
    await recordConsent(caseworker, kase.id, { purpose: "REFERRAL" });
    const other = await makeOffice("DEU");
    const outsider = await makeUser("CASEWORKER", other.id);
    expect(await send(outsider)).toEqual({ ok: false, error: "NOT_FOUND" });
    const foreign = await makeProvider(other.id);
    const invalidProvider = {
      ok: false,
      error: "VALIDATION",
      fieldErrors: { providerId: ["invalidChoice"] },
    };
    expect(await send(caseworker, { providerId: foreign.id })).toEqual(invalidProvider);
    const closedDown = await makeProvider(office.id, { isActive: false });
    expect(await send(caseworker, { providerId: closedDown.id })).toEqual(invalidProvider);
    expect(await send(caseworker, { serviceType: "LEGAL" })).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { serviceType: ["providerDoesNotOffer"] },
    });
    const sent = unwrap(await send(caseworker));
    expect(await move(outsider, sent.id, 1)).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await listCaseReferrals(outsider, kase.id)).toEqual([]);
    expect(await db.referral.count()).toBe(1);
  });

  it("lists the office's referrals still unanswered after so many days, oldest first, with what a worklist item needs", async () => {
    const older = await makeReferral(kase, shelter.id, { sentOn: dayFromToday(-20) });
    await makeReferral(kase, shelter.id, { sentOn: dayFromToday(-2) });
    const answered = await makeReferral(kase, shelter.id, { sentOn: dayFromToday(-30) });
    await db.referral.update({
      where: { id: answered.id },
      data: { status: "ACCEPTED", answeredOn: new Date() },
    });
    const other = await makeOffice("DEU");
    await makeReferral(await makeCase(other, "VOT"), (await makeProvider(other.id)).id, {
      sentOn: dayFromToday(-40),
    });
    expect(await listUnansweredReferrals(caseworker, 7)).toEqual([
      {
        referralId: older.id,
        caseId: kase.id,
        caseRef: kase.ref,
        providerName: "Casa Refugio",
        serviceType: "SHELTER",
        sentOn: new Date(`${dayFromToday(-20)}T00:00:00.000Z`),
        ownerId: kase.assignedToId ?? kase.createdById,
      },
    ]);
    expect(await listUnansweredReferrals(caseworker, 0)).toHaveLength(2);
  });

  it("is removed when its case is anonymised after the retention period; the service stays", async () => {
    const old = await makeCase(office, "VOT", {
      openedOn: "2009-01-01",
      identifiedOn: "2009-01-01",
      status: "CLOSED",
      closedOn: "2010-01-01",
    });
    await makeReferral(old, shelter.id, { sentOn: "2009-06-01" });
    await makeReferral(kase, shelter.id);
    expect(await anonymiseExpiredCases(db, { asOf: new Date(), dryRun: false })).toMatchObject({
      cases: 1,
    });
    expect(await db.referral.findMany({ select: { caseId: true } })).toEqual([{ caseId: kase.id }]);
  });
});
