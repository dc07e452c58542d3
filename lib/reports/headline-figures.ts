import type { PublishedReport } from "./publish-annual-report";

export type FigureValue = number | string | null;

// The headline figures shown beside the previous year (labels: report.figures.<key>).
export const HEADLINE_FIGURES: [string, (report: PublishedReport) => FigureValue][] = [
  ["migrantsAssisted", (r) => r.migrantsAssisted],
  ["changeVsPrevYearPct", (r) => r.changeVsPrevYearPct],
  ["countriesOfOrigin", (r) => r.countriesOfOrigin],
  ["activeProjects", (r) => r.activeProjects],
  ["hostCountries", (r) => r.hostCountries],
  ["malePct", (r) => r.sex.malePct],
  ["femalePct", (r) => r.sex.femalePct],
  ["adultPct", (r) => r.age.adultPct],
  ["childPct", (r) => r.age.childPct],
  ["avrAssisted", (r) => r.avr.assisted],
  ["counsellingSessions", (r) => r.counsellingSessions],
  ["reintegrationServices", (r) => r.reintegrationServices],
  ["votAssisted", (r) => r.vot.assisted],
  ["forcedLabourPct", (r) => r.vot.exploitation.FORCED_LABOUR.pct],
  ["sexualPct", (r) => r.vot.exploitation.SEXUAL.pct],
  ["votChildren", (r) => r.vot.children],
  ["childrenTopRegion", (r) => r.vot.childrenTopRegion],
  ["votDatabase", (r) => r.votDatabase.beneficiaries],
  ["votSourceCountries", (r) => r.votDatabase.sourceCountries],
  ["votDestinationCountries", (r) => r.votDatabase.destinationCountries],
];

// Pages pass next-intl's number format (the user's language); the default is the exports'.
export const showFigure = (
  value: FigureValue,
  formatNumber: (value: number) => string = (number) => number.toLocaleString("en"),
) => (value === null ? "–" : typeof value === "number" ? formatNumber(value) : value);
