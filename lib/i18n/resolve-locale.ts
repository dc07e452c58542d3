import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";

// The supported language the browser prefers most: "es-MX,en;q=0.5" gives es. A tag that
// names a region we do not have falls back to its language; q=0 means "not this one".
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag, index, weight: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const language = tag.split("-")[0];
    if (isLocale(tag)) return tag;
    if (isLocale(language)) return language;
  }
  return null;
}

export type LocalePreferences = {
  // The user's saved language, or for a signed-out visitor the `locale` cookie.
  chosen?: string | null;
  acceptLanguage?: string | null;
  officeDefault?: string | null;
};

// The user's own choice, then the browser's languages, then the office's, then English.
export function resolveLocale({
  chosen,
  acceptLanguage,
  officeDefault,
}: LocalePreferences): Locale {
  if (isLocale(chosen)) return chosen;
  return (
    negotiateLocale(acceptLanguage) ?? (isLocale(officeDefault) ? officeDefault : defaultLocale)
  );
}
