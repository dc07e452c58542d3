import "server-only";

import { getLocale, getTranslations } from "next-intl/server";

import type { Translate, Words } from "@/lib/i18n/catalogues";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";

// The signed-in user's language in a request (next-intl's getLocale). Outside a request (a
// domain function called from a test or a CLI) there is no user's language: the default.
export async function requestLocale(): Promise<Locale> {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export async function requestWords(): Promise<Words> {
  return { locale: await requestLocale(), t: (await getTranslations()) as unknown as Translate };
}
