import { getRequestConfig } from "next-intl/server";

import { loadMessages } from "@/lib/i18n/catalogues";
import { getRequestLocale } from "@/lib/i18n/locale-settings";

// No locale in the URL: case links stay stable whatever language a user reads. Times are
// shown in the user's office's time zone.
export default getRequestConfig(async () => {
  const { locale, timeZone } = await getRequestLocale();
  return { locale, timeZone, messages: await loadMessages(locale) };
});
