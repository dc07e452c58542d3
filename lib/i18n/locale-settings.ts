import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { getSignedInUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { readLocalePreferences } from "@/lib/i18n/read-locale-preferences";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

export const localeCookie = "locale";

export type RequestLocale = {
  locale: Locale;
  timeZone: string;
  // The user's saved language (null: automatic); undefined for a signed-out visitor.
  chosen: Locale | null | undefined;
};

// Once per request, however many components ask: the language and time zone to render in.
export const getRequestLocale = cache(async (): Promise<RequestLocale> => {
  const acceptLanguage = (await headers()).get("accept-language");
  const user = await getSignedInUser();
  if (!user) {
    const cookie = (await cookies()).get(localeCookie)?.value;
    return {
      locale: resolveLocale({ chosen: cookie, acceptLanguage }),
      timeZone: "UTC",
      chosen: undefined,
    };
  }
  const preferences = await readLocalePreferences(user.id);
  return {
    locale: resolveLocale({ ...preferences, acceptLanguage }),
    timeZone: preferences.timeZone,
    chosen: preferences.chosen,
  };
});
