import { createTranslator } from "next-intl";

import { locales, type Locale } from "./config";
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";

// The message catalogues bundled with the application, for requests and for code outside
// one (CLIs, background jobs). A locale in `locales` must have one here. That each has
// en.json's keys is checked by catalogue-parity.test.ts, not the compiler: a translation
// lagging behind a new English key must fail that test, not stop every build.
const catalogues = { en, es, fr, ar } as Record<Locale, typeof en>;

export function messagesOf(locale: Locale): typeof en {
  return catalogues[locale];
}

export function availableLocales(): readonly Locale[] {
  return locales;
}

// A translator of one namespace outside a request (next-intl's createTranslator).
export function translatorOf(locale: Locale, namespace: string) {
  return createTranslator({ locale, messages: messagesOf(locale), namespace } as never) as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}
