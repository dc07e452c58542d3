import "server-only";

import { db } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";

// A user's saved language and their office's default language and time zone. A user without
// an office (HQ, admin) reads times in UTC.
export async function readLocalePreferences(userId: string): Promise<{
  chosen: Locale | null;
  officeDefault: Locale | null;
  timeZone: string;
}> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { locale: true, office: { select: { defaultLocale: true, timeZone: true } } },
  });
  const officeDefault = user?.office?.defaultLocale;
  return {
    chosen: isLocale(user?.locale) ? user.locale : null,
    officeDefault: isLocale(officeDefault) ? officeDefault : null,
    timeZone: user?.office?.timeZone ?? "UTC",
  };
}
