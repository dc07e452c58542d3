import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getAnnualReport } from "@/lib/reports/get-annual-report";
import { executeAction } from "@/lib/safe-action";
import { setDisclosureThresholdAction } from "@/lib/settings/actions";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

import { readDisclosureThreshold } from "./read-disclosure-threshold";

describe("the disclosure threshold an admin sets", () => {
  let admin: Actor;
  const set = (actor: Actor, threshold: unknown) =>
    executeAction(setDisclosureThresholdAction.definition, actor, { threshold });
  const audits = () =>
    db.auditEntry.findMany({
      where: { action: "settings.disclosure-threshold" },
      select: { actorId: true, entityType: true, changedFields: true },
    });

  beforeEach(async () => {
    await resetDatabase();
    admin = await makeUser("ADMIN", null);
  });
  afterEach(() => {
    delete process.env.REPORT_DISCLOSURE_THRESHOLD;
  });

  it("is REPORT_SPEC's 10 until set; an admin raises it to 12, stored and audited in the same write", async () => {
    expect(await readDisclosureThreshold(db)).toBe(10);
    expect(await set(admin, "12")).toStrictEqual({ ok: true, data: { threshold: 12 } });
    expect(await set(admin, 12)).toStrictEqual({ ok: true, data: { threshold: 12 } }); // as the form sends it, parsed
    expect(await readDisclosureThreshold(db)).toBe(12);
    expect(await audits()).toStrictEqual(
      Array(2).fill({
        actorId: admin.id,
        entityType: "settings",
        changedFields: ["disclosureThreshold"],
      }),
    );
  });

  it("cannot go below 10, nor below the floor REPORT_DISCLOSURE_THRESHOLD sets; nothing is written or audited", async () => {
    expect(await set(admin, "9")).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { threshold: ["thresholdBelowMinimum"] },
    });
    expect(await set(admin, "-20")).toMatchObject({ ok: false, error: "VALIDATION" });
    expect(await set(admin, "12.5")).toMatchObject({ ok: false, error: "VALIDATION" });
    process.env.REPORT_DISCLOSURE_THRESHOLD = "20";
    expect(await set(admin, "15")).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { threshold: ["thresholdBelowFloor"] },
    });
    expect(await db.appSettings.count()).toBe(0);
    expect(await audits()).toEqual([]);
    // The database itself refuses a value below 10 written around the application.
    await expect(
      db.appSettings.create({ data: { id: true, disclosureThreshold: 5 } }),
    ).rejects.toThrow();
  });

  it("the environment variable only raises the floor: a stored 12 under a floor of 20 reads as 20", async () => {
    expect(await set(admin, "12")).toMatchObject({ ok: true });
    process.env.REPORT_DISCLOSURE_THRESHOLD = "20";
    expect(await readDisclosureThreshold(db)).toBe(20);
    process.env.REPORT_DISCLOSURE_THRESHOLD = "3";
    expect(await readDisclosureThreshold(db)).toBe(12);
  });

  it("is refused to HQ, supervisors and caseworkers (FORBIDDEN), leaving nothing stored", async () => {
    const mex = await makeOffice("MEX");
    for (const role of ["HQ", "SUPERVISOR", "CASEWORKER"] as const) {
      expect(await set(await makeUser(role, role === "HQ" ? null : mex.id), "50")).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });
    }
    expect(await db.appSettings.count()).toBe(0);
  });

  it("the HQ report suppresses with the stored value: a cell of 11 shows at 10 and is hidden at 12", async () => {
    let hq: Awaited<ReturnType<typeof makeUser>> | null = null;
    const published = async () => {
      const result = await getAnnualReport(hq!, { year: 2012 });
      if (!result.ok) throw new Error(`refused: ${result.reason}`);
      return result.report;
    };
    const mex = await makeOffice("MEX");
    for (let index = 0; index < 22; index++) {
      await makeServices(
        await makeCase(mex, "AVR", {
          beneficiary: await makeBeneficiary(mex.id, { sex: index < 11 ? "F" : "M" }),
        }),
        ["COUNSELLING", "2012-04-01"],
      );
    }
    hq = await makeUser("HQ", null);
    expect((await published()).sex).toMatchObject({ female: 11, male: 11 });
    expect(await set(admin, "12")).toMatchObject({ ok: true });
    const raised = await published();
    // Two cells of at most 11 summing to 22 would both be 11: the line is withheld whole.
    expect(raised.sex).toMatchObject({ female: "x", male: "x", femalePct: null });
    expect(raised.migrantsAssisted).toBe(22);
  });
});
