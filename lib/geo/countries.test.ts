import { describe, expect, it } from "vitest";

import { countryName, isIso3Country, listCountries, matchesCountrySearch } from "./countries";
import { isKnownCountry } from "./regions";

describe("countryName", () => {
  it("names MEX Mexico in English", () => {
    expect(countryName("MEX")).toBe("Mexico");
  });

  it("falls back to the code itself for an unknown code", () => {
    expect(countryName("XXX")).toBe("XXX");
  });

  it("falls back to English for a locale that is not registered", () => {
    expect(countryName("MEX", "zz")).toBe("Mexico");
  });
});

describe("listCountries", () => {
  const list = listCountries();

  it("lists the 249 ISO 3166-1 countries, by unique alpha-3 code", () => {
    expect(list).toHaveLength(249);
    expect(list.every((c) => /^[A-Z]{3}$/.test(c.code))).toBe(true);
    expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
  });

  it("is sorted by name", () => {
    const collator = new Intl.Collator("en");
    const names = list.map((c) => c.name);
    expect(names).toEqual([...names].sort(collator.compare));
  });

  it("pairs each code with its name", () => {
    expect(list).toContainEqual({ code: "MEX", name: "Mexico" });
  });

  it("has M49 region data for every listed country", () => {
    expect(list.filter((c) => !isKnownCountry(c.code))).toEqual([]);
  });
});

describe("isIso3Country", () => {
  it("accepts an ISO 3166-1 alpha-3 code", () => {
    expect(isIso3Country("MEX")).toBe(true);
  });

  it("rejects Kosovo's user-assigned XKK, which i18n-iso-countries knows but ISO 3166-1 does not", () => {
    expect(isIso3Country("XKK")).toBe(false);
    expect(listCountries().some((c) => c.code === "XKK")).toBe(false);
  });

  it("rejects unknown, alpha-2, numeric, lower-case and empty codes", () => {
    for (const code of ["XXX", "MX", "484", "mex", "", "constructor"]) {
      expect(isIso3Country(code)).toBe(false);
    }
  });
});

describe("country names in the user's language", () => {
  it("names Mexico in Spanish, French and Arabic", () => {
    expect(countryName("MEX", "es")).toBe("México");
    expect(countryName("MEX", "fr")).toBe("Mexique");
    expect(countryName("MEX", "ar")).toBe("المكسيك");
  });

  it("sorts by the language's collation, accented letters in their place", () => {
    const names = listCountries("fr").map((country) => country.name);
    // By code points "Égypte" would come after "Zimbabwe"; in French it sits among the E.
    expect(names.indexOf("Égypte")).toBeGreaterThan(names.indexOf("Danemark"));
    expect(names.indexOf("Égypte")).toBeLessThan(names.indexOf("Espagne"));
    expect(names.at(-1)).toBe("Zimbabwe");
    expect(listCountries("ar")).toHaveLength(249);
  });
});

describe("matchesCountrySearch", () => {
  const mexico = { code: "MEX", name: "México" };
  const ivoryCoast = { code: "CIV", name: "Côte d'Ivoire" };

  it("matches with and without accents, in any case", () => {
    expect(matchesCountrySearch(mexico, "mexico")).toBe(true);
    expect(matchesCountrySearch(mexico, "MÉXI")).toBe(true);
    expect(matchesCountrySearch(ivoryCoast, "cote d")).toBe(true);
    expect(matchesCountrySearch(ivoryCoast, "côte")).toBe(true);
  });

  it("matches the code, and everything for an empty search, but not another name", () => {
    expect(matchesCountrySearch(mexico, "mex")).toBe(true);
    expect(matchesCountrySearch(ivoryCoast, "civ")).toBe(true);
    expect(matchesCountrySearch(mexico, "  ")).toBe(true);
    expect(matchesCountrySearch(mexico, "mexique")).toBe(false);
  });
});
