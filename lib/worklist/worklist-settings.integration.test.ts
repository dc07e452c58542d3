import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import { auditRows, makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";
import { setWorklistSettingsAction } from "@/lib/worklist/actions";
import { readWorklistSettings } from "@/lib/worklist/read-worklist-settings";

// What falls due in an office: 3, 6 and 12 months, 12 and 30 days until an admin changes it.
describe("an office's worklist settings", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let admin: Actor;
  const set = (actor: Actor, input: object) =>
    executeAction(setWorklistSettingsAction.definition, actor, {
      officeId: office.id,
      monitoringMonths: "3, 6, 12",
      surveyMonths: "12",
      inactivityDays: "30",
      ...input,
    });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    admin = await makeUser("ADMIN", null);
  });

  it("defaults to visits at 3, 6 and 12 months, the survey at 12, idle after 30 days; an admin's change is stored sorted and audited", async () => {
    expect(await readWorklistSettings(db, office.id)).toStrictEqual({
      monitoringMonths: [3, 6, 12],
      surveyMonths: 12,
      inactivityDays: 30,
    });
    expect(
      await set(admin, { monitoringMonths: "9, 1,9", surveyMonths: "18", inactivityDays: "45" }),
    ).toStrictEqual({ ok: true, data: { id: office.id } });
    expect(await readWorklistSettings(db, office.id)).toStrictEqual({
      monitoringMonths: [1, 9],
      surveyMonths: 18,
      inactivityDays: 45,
    });
    expect(await set(admin, { monitoringMonths: "" })).toMatchObject({ ok: true });
    expect((await readWorklistSettings(db, office.id)).monitoringMonths).toStrictEqual([]);
    expect(await auditRows("office.worklist-settings")).toHaveLength(2);
  });

  it("refuses months out of range, a word, days over 365, and any role but the admin; nothing stored", async () => {
    expect(await set(admin, { monitoringMonths: "3, 61" })).toMatchObject({
      error: "VALIDATION",
      fieldErrors: { monitoringMonths: ["invalidMonthList"] },
    });
    expect(await set(admin, { monitoringMonths: "three" })).toMatchObject({
      fieldErrors: { monitoringMonths: ["invalidMonthList"] },
    });
    expect(await set(admin, { surveyMonths: "0" })).toMatchObject({
      fieldErrors: { surveyMonths: ["invalidSurveyMonths"] },
    });
    expect(await set(admin, { inactivityDays: "366" })).toMatchObject({
      fieldErrors: { inactivityDays: ["invalidInactivityDays"] },
    });
    for (const role of ["CASEWORKER", "SUPERVISOR", "HQ"] as const) {
      const user = await makeUser(role, role === "HQ" ? null : office.id);
      expect(await set(user, { surveyMonths: "6" })).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });
    }
    expect((await readWorklistSettings(db, office.id)).surveyMonths).toBe(12);
    expect(await auditRows("office.worklist-settings")).toStrictEqual([]);
  });
});
