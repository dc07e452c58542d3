import { createTranslator } from "next-intl";

import { defaultLocale, locales, type Locale } from "./config";
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";

type Tree = { [key: string]: string | Tree };

// The message catalogues bundled with the application, for requests and for code outside
// one (CLIs, background jobs). A locale in `locales` must have one here. That each has
// en.json's keys is checked by catalogue-parity.test.ts, not the compiler: a translation
// lagging behind a new English key must fail that test, not stop every build.
const catalogues = { en, es, fr, ar } as Record<Locale, Tree>;

export type Messages = typeof en;
// A translator of the whole catalogue, keys as plain strings.
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

export type Translator = ((key: never, values?: never) => string) & {
  has: (key: never) => boolean;
};

// English under the locale's messages: a key a catalogue lacks reads in English rather than
// failing (the key-parity test fails first).
function overEnglish(english: Tree, messages: Tree): Tree {
  const merged: Tree = { ...english };
  for (const [key, value] of Object.entries(messages)) {
    const base = english[key];
    merged[key] =
      typeof value === "object" && typeof base === "object" ? overEnglish(base, value) : value;
  }
  return merged;
}

// A locale's catalogue as written, for the key-parity test.
export function messagesOf(locale: Locale): Tree {
  return catalogues[locale];
}

// The catalogue of a locale, for a request or for code outside one (CLIs, background jobs).
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === defaultLocale) return en;
  return overEnglish(en as Tree, catalogues[locale]) as Messages;
}

export function availableLocales(): readonly Locale[] {
  return locales;
}

// next-intl's translator with keys as plain strings, the shape the domain code takes.
export function asTranslate(translator: Translator): Translate {
  return Object.assign(
    (key: string, values?: Record<string, string | number>) =>
      translator(key as never, values as never),
    { has: (key: string) => translator.has(key as never) },
  );
}

// The messages of one namespace ("publication") of a translator of the whole catalogue.
export function within(t: Translate, namespace: string): Translate {
  return Object.assign(
    (key: string, values?: Record<string, string | number>) => t(`${namespace}.${key}`, values),
    { has: (key: string) => t.has(`${namespace}.${key}`) },
  );
}

// next-intl's translator outside a request.
export async function translatorOf(locale: Locale): Promise<Translate> {
  return asTranslate(createTranslator({ locale, messages: await loadMessages(locale) }));
}

// A language to write in: its locale (for formats and country names) and its messages.
export type Words = { locale: Locale; t: Translate };

export async function wordsOf(locale: Locale): Promise<Words> {
  return { locale, t: await translatorOf(locale) };
}
