import { createTranslator } from "next-intl";

import { defaultLocale, locales, type Locale } from "./config";
import en from "./messages/en.json";

export type Messages = typeof en;
// A translator of the whole catalogue, keys as plain strings.
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

export type Translator = ((key: never, values?: never) => string) & {
  has: (key: never) => boolean;
};
type Tree = { [key: string]: string | Tree };

// English under the locale's messages: a key a catalogue lacks reads in English rather than
// failing, and a locale whose catalogue is not there yet reads wholly in English.
function overEnglish(english: Tree, messages: Tree): Tree {
  const merged: Tree = { ...english };
  for (const [key, value] of Object.entries(messages)) {
    const base = english[key];
    merged[key] =
      typeof value === "object" && typeof base === "object" ? overEnglish(base, value) : value;
  }
  return merged;
}

// The catalogue of a locale, for a request or for code outside one (CLIs, background jobs).
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === defaultLocale) return en;
  try {
    const messages = (await import(`./messages/${locale}.json`)).default as Tree;
    return overEnglish(en as Tree, messages) as Messages;
  } catch {
    // The bundler found no such file. (A catalogue that does not parse fails the key-parity
    // test long before it gets here.)
    return en;
  }
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
