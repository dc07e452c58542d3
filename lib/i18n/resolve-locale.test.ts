import { describe, expect, it } from "vitest";

import { negotiateLocale, resolveLocale } from "@/lib/i18n/resolve-locale";

describe("negotiateLocale", () => {
  it("takes the language of a regional tag we do not have: es-MX is es", () => {
    expect(negotiateLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(negotiateLocale("fr-CA")).toBe("fr");
    expect(negotiateLocale("ar-JO,ar;q=0.9")).toBe("ar");
  });

  it("follows the weights, not the order, and skips q=0 and languages we lack", () => {
    expect(negotiateLocale("de-DE,en;q=0.5,fr;q=0.8")).toBe("fr");
    expect(negotiateLocale("ar;q=0,es;q=0.1")).toBe("es");
    expect(negotiateLocale("EN-gb")).toBe("en");
  });

  it("gives nothing for a header naming no language we have, a wildcard, or no header", () => {
    expect(negotiateLocale("de-DE,pt;q=0.9,*;q=0.1")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });
});

describe("resolveLocale: the user's choice, the browser, the office, English", () => {
  it("the user's own choice wins over the browser and the office", () => {
    expect(resolveLocale({ chosen: "ar", acceptLanguage: "es-MX", officeDefault: "fr" })).toBe(
      "ar",
    );
  });

  it("without a choice, the browser's language, then the office's", () => {
    expect(resolveLocale({ chosen: null, acceptLanguage: "es-MX", officeDefault: "fr" })).toBe(
      "es",
    );
    expect(resolveLocale({ chosen: null, acceptLanguage: "de-DE", officeDefault: "fr" })).toBe(
      "fr",
    );
  });

  it("English when nothing applies, and an unsupported choice (a stale cookie) is ignored", () => {
    expect(resolveLocale({})).toBe("en");
    expect(resolveLocale({ chosen: "de", acceptLanguage: "pt-BR", officeDefault: "xx" })).toBe(
      "en",
    );
    expect(resolveLocale({ chosen: "de", acceptLanguage: "ar" })).toBe("ar");
  });
});
