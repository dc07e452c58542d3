import { getTranslations } from "next-intl/server";
import { SimpleTable } from "@/components/ui/simple-table";
import type { PublishedReport } from "@/lib/reports/publish-annual-report";

type Value = number | string | null;
const FIGURES: [string, (report: PublishedReport) => Value][] = [
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

const show = (value: Value) => (value === null ? "–" : typeof value === "number" ? value.toLocaleString("en") : value);

// The headline figures of the year beside the same figures of the year before.
export async function FiguresTable({ report, previous }: { report: PublishedReport; previous: PublishedReport }) {
  const t = await getTranslations("report");
  return (
    <SimpleTable
      headers={[t("page.figure"), String(report.year), String(previous.year)]}
      rows={FIGURES.map(([key, valueOf]) => [t(`figures.${key}`), show(valueOf(report)), show(valueOf(previous))])}
    />
  );
}
