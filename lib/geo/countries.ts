import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";

// Default import only: the Node entry replaces module.exports, so named ESM imports fail there.
// The browser entry registers no locale, hence the explicit registration: one per language of
// the app (lib/i18n/config.ts).
for (const language of [en, es, fr, ar]) countries.registerLocale(language);

const FALLBACK_LOCALE = "en";

// ISO 3166-1 reserves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ for user assignment; the library
// ships one such code (XKK, Kosovo), which is not an ISO 3166-1 country.
const USER_ASSIGNED = /^(AA|Q[M-Z]|X|ZZ)/;

export function isIso3Country(code: string): boolean {
  return (
    /^[A-Z]{3}$/.test(code) &&
    !USER_ASSIGNED.test(code) &&
    countries.alpha3ToAlpha2(code) !== undefined
  );
}

export function countryName(alpha3: string, locale = FALLBACK_LOCALE): string {
  if (!isIso3Country(alpha3)) return alpha3;
  return countries.getName(alpha3, locale) ?? countries.getName(alpha3, FALLBACK_LOCALE) ?? alpha3;
}

export function listCountries(locale = FALLBACK_LOCALE): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return Object.keys(countries.getAlpha3Codes())
    .filter(isIso3Country)
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

// For a search that matches with or without accents and case: "mexico" finds "México",
// "cote" finds "Côte d'Ivoire" (NFD splits a letter from its marks, which are then dropped).
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function matchesCountrySearch(
  country: { code: string; name: string },
  query: string,
): boolean {
  const folded = foldForSearch(query.trim());
  return (
    !folded || foldForSearch(country.name).includes(folded) || country.code.toLowerCase() === folded
  );
}

// ISO 3166-1 numeric ("484") to the alpha-3 code the records use ("MEX"); undefined for a
// code that is not an ISO country (world maps leave some shapes, such as Kosovo, without one).
export function alpha3FromNumeric(numeric: string): string | undefined {
  const alpha3 = countries.numericToAlpha3(numeric);
  return alpha3 && isIso3Country(alpha3) ? alpha3 : undefined;
}
