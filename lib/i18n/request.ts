import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";

import { loadMessages } from "@/lib/i18n/catalogues";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

// No locale in the URL: case links stay stable whatever language a user reads.
export default getRequestConfig(async () => {
  const requested = (await cookies()).get("locale")?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, messages: await loadMessages(locale) };
});
