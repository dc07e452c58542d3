import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { setOfficeLocalisationAction } from "@/lib/offices/actions";
import { executeAction } from "@/lib/safe-action";
import { auditRows, makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";

describe("an office's default language and time zone", () => {
  let admin: Actor;
  let officeId: string;
  const set = (actor: Actor, values: { defaultLocale: string; timeZone: string }, id = officeId) =>
    executeAction(setOfficeLocalisationAction.definition, actor, { officeId: id, ...values });
  const stored = () =>
    db.office.findUniqueOrThrow({
      where: { id: officeId },
      select: { defaultLocale: true, timeZone: true },
    });

  beforeEach(async () => {
    await resetDatabase();
    admin = await makeUser("ADMIN", null);
    officeId = (await makeOffice("JOR")).id;
  });

  it("start as English and UTC, and an admin sets Arabic in Amman's time, audited", async () => {
    expect(await stored()).toStrictEqual({ defaultLocale: "en", timeZone: "UTC" });
    expect(await set(admin, { defaultLocale: "ar", timeZone: " Asia/Amman " })).toStrictEqual({
      ok: true,
      data: { id: officeId },
    });
    expect(await stored()).toStrictEqual({ defaultLocale: "ar", timeZone: "Asia/Amman" });
    expect(await auditRows("office.localisation")).toMatchObject([
      { actor_id: admin.id, entity_id: officeId, changed_fields: ["defaultLocale", "timeZone"] },
    ]);
  });

  it("refuses a time zone that is not an IANA name, and a language the app lacks", async () => {
    expect(await set(admin, { defaultLocale: "de", timeZone: "CET+1" })).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { defaultLocale: ["invalidChoice"], timeZone: ["invalidTimeZone"] },
    });
    expect(await set(admin, { defaultLocale: "es", timeZone: "Mars/Olympus_Mons" })).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: ["invalidTimeZone"] },
    });
    expect(await stored()).toStrictEqual({ defaultLocale: "en", timeZone: "UTC" });
  });

  it("is for admins only, and an unknown office is NOT_FOUND, leaving no audit entry", async () => {
    const supervisor = await makeUser("SUPERVISOR", officeId);
    expect(await set(supervisor, { defaultLocale: "ar", timeZone: "Asia/Amman" })).toStrictEqual({
      ok: false,
      error: "FORBIDDEN",
    });
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await set(admin, { defaultLocale: "ar", timeZone: "UTC" }, unknown)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await stored()).toStrictEqual({ defaultLocale: "en", timeZone: "UTC" });
    expect(await auditRows("office.localisation")).toEqual([]);
  });
});
