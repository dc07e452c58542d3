import { countryName } from "@/lib/geo/countries";
import { isEeaMember } from "@/lib/geo/eea-membership";
import type { Words } from "@/lib/i18n/catalogues";
import {
  LABOUR_SECTORS,
  MIGRANT_CATEGORIES,
  REINTEGRATION_SERVICE_TYPES,
  SERVICE_TYPES,
} from "@/lib/vocabulary";

import type { PublishedCell } from "./disclosure";
import type { PublishedReport } from "./publish-annual-report";
import { regionName } from "./report-words";

const n = (cell: PublishedCell) => (typeof cell === "number" ? cell : 0);
const present = (cell: PublishedCell) => cell !== 0; // "<10" and "x" are non-zero
const isNumber = (cell: PublishedCell): cell is number => typeof cell === "number";
const direction = (current: number, previous: number) =>
  current > previous ? "more" : current < previous ? "fewer" : "same";

function largestFirst<K extends string>(
  keys: readonly K[],
  cells: Record<K, PublishedCell>,
  limit: number,
): K[] {
  return keys
    .filter((key) => n(cells[key]) > 0)
    .sort((a, b) => n(cells[b]) - n(cells[a]))
    .slice(0, limit);
}

// "At a Glance", sentence by sentence in the seed report's order; each number is a figure
// of the published report. Paragraphs are arrays of sentences. Every sentence is one
// catalogue message (report.narrative) with ICU plurals and numbers, so that each language
// orders its own words; the code only picks messages and fills in figures, names and lists.
export function buildNarrative(report: PublishedReport, words: Words): string[][] {
  const { locale } = words;
  const t = (key: string, values?: Record<string, string | number>) =>
    words.t(`report.narrative.${key}`, values);
  // IOM writes British English: no serial comma.
  const listLocale = locale === "en" ? "en-GB" : locale;
  const and = (items: string[]) =>
    new Intl.ListFormat(listLocale, { type: "conjunction" }).format(items);
  const or = (items: string[]) =>
    new Intl.ListFormat(listLocale, { type: "disjunction" }).format(items);
  const { year } = report;
  const prevYear = year - 1;
  const paragraphs: string[][] = [];

  const opening = [
    t("intro", {
      year,
      migrants: report.migrantsAssisted,
      countries: n(report.countriesOfOrigin),
      hasCountries: isNumber(report.countriesOfOrigin) ? "yes" : "no",
      projects: report.activeProjects,
      hostCountries: report.hostCountries,
    }),
  ];
  if (report.changeVsPrevYearPct !== null) {
    opening.push(
      t("change", {
        pct: Math.abs(report.changeVsPrevYearPct),
        direction: direction(report.changeVsPrevYearPct, 0),
        prevYear,
      }),
    );
  }
  paragraphs.push(opening);

  const people: string[] = [];
  if (report.sex.malePct !== null && report.sex.femalePct !== null)
    people.push(t("sex", { male: report.sex.malePct, female: report.sex.femalePct }));
  if (report.age.adultPct !== null && report.age.childPct !== null)
    people.push(t("age", { adults: report.age.adultPct, children: report.age.childPct }));
  const categories = largestFirst(MIGRANT_CATEGORIES, report.avr.byCategory, 3).map((category) =>
    t(`category.${category}`),
  );
  if (categories.length) people.push(t("categories", { categories: or(categories) }));
  // The seed report: returns from the European Economic Area (of the report's year), "and
  // some 1,759 people also ... from Mexico and Canada": the others, largest first.
  const returnsFrom = (code: string) => n(report.avr.returnsByHostCountry[code]!);
  const outsideEea = Object.keys(report.avr.returnsByHostCountry)
    .filter((code) => !isEeaMember(code, year) && returnsFrom(code) > 0)
    .sort((a, b) => returnsFrom(b) - returnsFrom(a) || a.localeCompare(b));
  if (outsideEea.length) {
    const returns = outsideEea.reduce((sum, code) => sum + returnsFrom(code), 0);
    people.push(
      t("returns", {
        returns,
        countries: and(outsideEea.map((code) => countryName(code, locale))),
      }),
    );
  }
  if (people.length) paragraphs.push(people);

  // A sentence whose figures are withheld (disclosure control) is left out.
  const assistance: string[] = [];
  const { counsellingSessions: sessions, counsellingSessionsPrevYear: prevSessions } = report;
  if (isNumber(sessions) && isNumber(prevSessions))
    assistance.push(
      t("counselling", {
        sessions,
        prevSessions,
        direction: direction(sessions, prevSessions),
        prevYear,
      }),
    );
  const kinds = REINTEGRATION_SERVICE_TYPES.filter((type) =>
    present(report.breakdowns.serviceTypes[type]),
  ).map((type) => t(`reintegration.${type}`));
  const { reintegrationServices: services, reintegrationServicesPrevYear: prevServices } = report;
  if (isNumber(services) && isNumber(prevServices))
    assistance.push(
      t("reintegrationSentence", {
        services,
        prevServices,
        direction: direction(services, prevServices),
        prevYear,
        kinds: and(kinds),
        hasKinds: kinds.length ? "yes" : "no",
      }),
    );
  if (assistance.length) paragraphs.push(assistance);

  const votAssisted = report.vot.assisted;
  if (isNumber(votAssisted) && votAssisted > 0) {
    const { FORCED_LABOUR: labour, SEXUAL: sexual } = report.vot.exploitation;
    const sectors = largestFirst(
      LABOUR_SECTORS.filter((sector) => sector !== "OTHER"),
      report.vot.forcedLabourSectors,
      2,
    ).map((sector) => t(`sector.${sector}`));
    const trafficking = [
      t("vot", {
        year,
        vot: votAssisted,
        forcedLabour: labour.pct ?? 0,
        hasLabour: labour.pct === null ? "no" : "yes",
        sectors: and([...sectors, t("sector.OTHER")]),
        hasSectors: sectors.length ? "yes" : "no",
      }),
    ];
    if (sexual.pct !== null) {
      const points = sexual.changePoints;
      trafficking.push(
        t("sexual", {
          sexual: sexual.pct,
          points: Math.abs(points ?? 0),
          direction:
            points === null ? "none" : points < 0 ? "decline" : points > 0 ? "rise" : "same",
        }),
      );
    }
    paragraphs.push(trafficking);
  }

  const votChildren = report.vot.children;
  if (isNumber(votChildren) && votChildren > 0 && isNumber(votAssisted)) {
    const majority = votChildren * 2 < votAssisted ? "adults" : "other";
    const needs = SERVICE_TYPES.filter((type) => type !== "COUNSELLING" && type !== "RETURN_TRAVEL")
      .sort((a, b) => NEED_ORDER.indexOf(a) - NEED_ORDER.indexOf(b))
      .filter((type) => present(report.vot.childrenNeeds[type]))
      .map((type) => t(`need.${type}`));
    const children = [
      t("children", {
        children: votChildren,
        majority,
        region: regionName(words.t, report.vot.childrenTopRegion ?? ""),
        hasRegion: report.vot.childrenTopRegion ? "yes" : "no",
      }),
    ];
    if (needs.length) children.push(t("needs", { needs: and(needs) }));
    paragraphs.push(children);
  }

  const { beneficiaries, sourceCountries: sources, destinationCountries } = report.votDatabase;
  if (isNumber(beneficiaries) && isNumber(sources) && isNumber(destinationCountries))
    paragraphs.push([
      t("database", { year, beneficiaries, sources, destinations: destinationCountries }),
    ]);
  return paragraphs;
}

// The seed lists protection needs first, then the reintegration help.
const NEED_ORDER: string[] = [
  "SHELTER",
  "MEDICAL",
  "PSYCHOSOCIAL",
  "LEGAL",
  "TRANSPORT",
  "EDUCATION",
  "VOCATIONAL_TRAINING",
  "EMPLOYMENT",
  "SMALL_BUSINESS",
  "INCOME_GENERATION",
  "ACCESS_TO_SERVICES",
];
