import { countryName } from "@/lib/geo/countries";
import type { Words } from "@/lib/i18n/catalogues";

import { regionName } from "./report-words";

// A report's scope: the year and the filter it was computed for.
type Scope = {
  year: number;
  filter: { office?: string | null; hostCountry?: string | null; region?: string | null };
};

// Lower-case ASCII words joined by "-": accents dropped ("Côte d'Ivoire" -> "cote-d-ivoire").
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// The one name of every file of the annual report (CSV, XLSX, PDF), stating year and filter:
// passage-annual-2012, passage-annual-2012-central-america, passage-annual-2012-office-mex-tap.
export function reportFileName(scope: Scope, extension: string): string {
  const { office, hostCountry, region } = scope.filter;
  const parts = ["passage", "annual", String(scope.year)];
  if (region) parts.push(slugify(region));
  if (hostCountry) parts.push("country", slugify(hostCountry));
  if (office) parts.push("office", slugify(office));
  return `${parts.filter(Boolean).join("-")}.${slugify(extension)}`;
}

// The filter in words ("Central America", "Mexico", "office MEX-TAP"), or null for all.
export function reportScopeLabel(scope: Scope, { locale, t }: Words): string | null {
  const { office, hostCountry, region } = scope.filter;
  const parts = [
    region ? regionName(t, region) : null,
    hostCountry ? countryName(hostCountry, locale) : null,
    office ? t("report.scope.office", { office }) : null,
  ].filter((part): part is string => !!part);
  if (!parts.length) return null;
  return new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(parts);
}

// "Annual report 2012", or "Annual report 2012 — Central America" when filtered.
export function reportTitle(scope: Scope, words: Words): string {
  const label = reportScopeLabel(scope, words);
  return label
    ? words.t("report.scope.titleFiltered", { year: scope.year, scope: label })
    : words.t("report.scope.title", { year: scope.year });
}
