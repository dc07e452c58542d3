import type { Words } from "@/lib/i18n/catalogues";

import type { PublishedReport } from "./publish-annual-report";
import { regionName } from "./report-words";

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

// A figure as a reader of the language expects it: numbers in its digits and grouping, the
// region in its words; suppression markers ("<10", "x") as they are.
export function showFigure(key: string, value: FigureValue, { locale, t }: Words): string {
  if (value === null) return "–";
  if (typeof value === "number") return value.toLocaleString(locale);
  return key === "childrenTopRegion" ? regionName(t, value) : value;
}
