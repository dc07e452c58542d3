import { createTranslator } from "next-intl";

import { locales, type Locale } from "./config";
import en from "./messages/en.json";

// The message catalogues bundled with the application, for code outside a request (CLIs,
// background jobs). A locale in `locales` must have one here.
const catalogues: Record<Locale, typeof en> = { en };

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
