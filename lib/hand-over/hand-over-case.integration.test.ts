import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getCase } from "@/lib/cases/get-case";
import { withdrawConsentAction } from "@/lib/consent/actions";
import { listCaseConsents } from "@/lib/consent/list-case-consents";
import { db } from "@/lib/db";
import { handOverCaseAction } from "@/lib/hand-over/actions";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  dayFromToday,
  makeCase,
  makeOffice,
  makeProject,
  makeUser,
  recordConsent,
  resetDatabase,
  type Input,
} from "@/lib/testing/kit";

describe("handOverCaseAction", () => {
  let sending: Awaited<ReturnType<typeof makeOffice>>;
  let receiving: Awaited<ReturnType<typeof makeOffice>>;
  let supervisor: Actor;
  let caseworker: Actor;
  let receiver: Actor;
  let caseId: string;
  const handOver = (actor: Actor, input: Input) =>
    executeAction(handOverCaseAction.definition, actor, input);
  const stored = () =>
    db.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { officeId: true, projectId: true, version: true, assignedToId: true },
    });
  const notConsented = {
    ok: false,
    error: "VALIDATION",
    fieldErrors: { _form: ["handOverNotConsented"] },
  };

  beforeEach(async () => {
    await resetDatabase();
    sending = await makeOffice("MEX");
    receiving = await makeOffice("HND");
    supervisor = await makeUser("SUPERVISOR", sending.id);
    caseworker = await makeUser("CASEWORKER", sending.id);
    receiver = await makeUser("CASEWORKER", receiving.id);
    caseId = (await makeCase(sending, "REINTEGRATION")).id;
  });

  it("is refused without a hand-over consent, or with one whose scope leaves out the receiving office's country", async () => {
    await recordConsent(caseworker, caseId, { purpose: "ASSISTANCE" });
    expect(
      await handOver(supervisor, { caseId, version: 1, projectId: receiving.projectId }),
    ).toEqual(notConsented);
    await recordConsent(caseworker, caseId, { purpose: "HAND_OVER", countries: ["GTM", "SLV"] });
    expect(
      await handOver(supervisor, { caseId, version: 1, projectId: receiving.projectId }),
    ).toEqual(notConsented);
    expect(await stored()).toMatchObject({ officeId: sending.id, version: 1 });
    expect(await auditRows("case.hand-over-out")).toEqual([]);
  });

  it("is refused once the consent is withdrawn", async () => {
    const consentId = await recordConsent(caseworker, caseId, {
      purpose: "HAND_OVER",
      countries: ["HND"],
    });
    await executeAction(withdrawConsentAction.definition, caseworker, {
      consentId,
      withdrawnOn: dayFromToday(0),
      reason: "No longer agrees",
    });
    expect(
      await handOver(supervisor, { caseId, version: 1, projectId: receiving.projectId }),
    ).toEqual(notConsented);
  });

  it("transfers the case inside the scope: the receiving office gets it with its consents, the sending office loses it; both sides audited", async () => {
    await recordConsent(caseworker, caseId, { purpose: "HAND_OVER", countries: ["HND"] });
    expect(
      await handOver(supervisor, { caseId, version: 1, projectId: receiving.projectId }),
    ).toEqual({ ok: true, data: { id: caseId, version: 2 } });
    expect(await stored()).toEqual({
      officeId: receiving.id,
      projectId: receiving.projectId,
      version: 2,
      assignedToId: null,
    });
    expect(await getCase(supervisor, caseId)).toBeNull();
    expect((await getCase(receiver, caseId))?.id).toBe(caseId);
    expect(await listCaseConsents(receiver, caseId)).toHaveLength(1);
    expect(await db.caseConsent.findMany({ select: { officeId: true } })).toEqual([
      { officeId: receiving.id },
    ]);
    const beneficiary = await db.beneficiary.findFirstOrThrow({
      where: { cases: { some: { id: caseId } } },
    });
    expect(beneficiary.officeId).toBe(receiving.id);
    const audits = (await auditRows()).filter((row) => row.action.includes("hand-over"));
    expect(audits.map((row) => [row.action, row.office_id, row.actor_id])).toEqual([
      ["case.hand-over-out", sending.id, supervisor.id],
      ["case.hand-over-in", receiving.id, supervisor.id],
      ["beneficiary.hand-over", receiving.id, supervisor.id],
    ]);
  });

  it("is allowed by an any-office consent, and leaves the person's record where another case of theirs stays", async () => {
    const other = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { beneficiaryId: true },
    });
    await makeCase(sending, "AVR", { beneficiary: { id: other.beneficiaryId }, ref: "C-STAYS" });
    await recordConsent(caseworker, caseId, { purpose: "HAND_OVER", anyOffice: true });
    expect(
      (await handOver(supervisor, { caseId, version: 1, projectId: receiving.projectId })).ok,
    ).toBe(true);
    expect(
      (await db.beneficiary.findUniqueOrThrow({ where: { id: other.beneficiaryId } })).officeId,
    ).toBe(sending.id);
  });

  it("answers a stale version with CONFLICT and only a supervisor of the case's office may hand over", async () => {
    await recordConsent(caseworker, caseId, { purpose: "HAND_OVER", countries: ["HND"] });
    await db.case.update({ where: { id: caseId }, data: { version: 2 } });
    expect(
      await handOver(supervisor, { caseId, version: 1, projectId: receiving.projectId }),
    ).toEqual({ ok: false, error: "CONFLICT" });
    expect(
      await handOver(caseworker, { caseId, version: 2, projectId: receiving.projectId }),
    ).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(
      await handOver(await makeUser("SUPERVISOR", receiving.id), {
        caseId,
        version: 2,
        projectId: receiving.projectId,
      }),
    ).toEqual({ ok: false, error: "NOT_FOUND" });
  });

  it("refuses a destination in the sending office itself or a project that has ended", async () => {
    await recordConsent(caseworker, caseId, { purpose: "HAND_OVER", anyOffice: true });
    const ended = await makeProject(receiving.id, "2020-01-01", "2021-12-31");
    const invalid = {
      ok: false,
      error: "VALIDATION",
      fieldErrors: { projectId: ["invalidChoice"] },
    };
    expect(
      await handOver(supervisor, { caseId, version: 1, projectId: sending.projectId }),
    ).toEqual(invalid);
    expect(await handOver(supervisor, { caseId, version: 1, projectId: ended.id })).toEqual(
      invalid,
    );
  });

  it("never hands over on a consent whose withdrawal committed first, when both run at once", async () => {
    for (let round = 0; round < 8; round++) {
      const id = (await makeCase(sending, "REINTEGRATION")).id;
      const consentId = await recordConsent(caseworker, id, {
        purpose: "HAND_OVER",
        countries: ["HND"],
      });
      const [handed] = await Promise.all([
        handOver(supervisor, { caseId: id, version: 1, projectId: receiving.projectId }),
        executeAction(withdrawConsentAction.definition, caseworker, {
          consentId,
          withdrawnOn: dayFromToday(0),
          reason: "Withdrawn",
        }),
      ]);
      const entries = (await auditRows())
        .filter((row) => row.entity_id === id)
        .map((row) => row.action);
      // A hand-over that went through checked the consent before any withdrawal was written;
      // a withdrawal waiting on it then finds the consent gone to the receiving office.
      if (handed.ok) {
        const withdrawnAt = entries.indexOf("consent.withdraw");
        if (withdrawnAt >= 0)
          expect(entries.indexOf("case.hand-over-out")).toBeLessThan(withdrawnAt);
      } else expect(handed).toEqual(notConsented);
    }
  });
});
