import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { chooseLanguageAction, chooseVisitorLanguageAction } from "@/lib/i18n/actions";
import { readLocalePreferences } from "@/lib/i18n/read-locale-preferences";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { setOfficeLocalisationAction } from "@/lib/offices/actions";
import { executeAction, executePublicAction } from "@/lib/safe-action";
import { auditRows, makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";

// What the request configuration does with a user's stored preferences and a browser header.
const localeOf = async (actor: Actor, acceptLanguage: string | null) =>
  resolveLocale({ ...(await readLocalePreferences(actor.id)), acceptLanguage });

describe("a user's language", () => {
  let admin: Actor;
  let caseworker: Actor;
  const choose = (actor: Actor | null, locale: unknown) =>
    executeAction(chooseLanguageAction.definition, actor, { locale });

  beforeEach(async () => {
    await resetDatabase();
    admin = await makeUser("ADMIN", null);
    const office = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", office.id);
    const localisation = {
      officeId: office.id,
      defaultLocale: "fr",
      timeZone: "America/Mexico_City",
    };
    expect(
      await executeAction(setOfficeLocalisationAction.definition, admin, localisation),
    ).toMatchObject({ ok: true });
  });

  it("is the user's choice, then the browser's, then the office's, then English", async () => {
    expect(await localeOf(caseworker, "de-DE")).toBe("fr");
    expect(await localeOf(caseworker, "es-MX,en;q=0.5")).toBe("es");

    expect(await choose(caseworker, "ar")).toStrictEqual({ ok: true, data: { locale: "ar" } });
    expect(await localeOf(caseworker, "es-MX")).toBe("ar");

    // An admin has no office: no office language, and times in UTC.
    expect(await readLocalePreferences(admin.id)).toStrictEqual({
      chosen: null,
      officeDefault: null,
      timeZone: "UTC",
    });
    expect(await localeOf(admin, "pt-BR")).toBe("en");
  });

  it("is saved with an audit entry naming the field, and back to automatic with an empty choice", async () => {
    await choose(caseworker, "es");
    expect(await readLocalePreferences(caseworker.id)).toStrictEqual({
      chosen: "es",
      officeDefault: "fr",
      timeZone: "America/Mexico_City",
    });
    expect(await auditRows("user.language")).toMatchObject([
      { actor_id: caseworker.id, entity_id: caseworker.id, changed_fields: ["locale"] },
    ]);

    expect(await choose(caseworker, "")).toStrictEqual({ ok: true, data: { locale: null } });
    expect((await readLocalePreferences(caseworker.id)).chosen).toBeNull();
  });

  it("refuses a language the app does not have, and an anonymous caller, changing nothing", async () => {
    await choose(caseworker, "es");
    expect(await choose(caseworker, "de")).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { locale: ["invalidChoice"] },
    });
    expect(await choose(null, "fr")).toStrictEqual({ ok: false, error: "UNAUTHENTICATED" });
    expect((await readLocalePreferences(caseworker.id)).chosen).toBe("es");
    expect(await auditRows("user.language")).toHaveLength(1);
  });

  it("a visitor's choice (a cookie) is validated before anything is set", async () => {
    expect(
      await executePublicAction(chooseVisitorLanguageAction.definition, { locale: "" }),
    ).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors: { locale: ["invalidChoice"] } });
  });
});
