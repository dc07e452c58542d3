import { disclosureThreshold } from "@/lib/settings/disclosure-threshold";
import { SEXES } from "@/lib/vocabulary";

import { AGE_GROUPS, type AnnualReport } from "./annual-report";
import { protectBreakdown, protectCrossTable, type PublishedCell } from "./disclosure";

export type PublishedReport = AnnualReport<PublishedCell>;

// A share is published only when the count it is computed from is.
const shownOr = (cell: PublishedCell, value: number | null) =>
  typeof cell === "number" ? value : null;

// What may leave the application (HQ views and exports): top-line totals as they are,
// every breakdown through disclosure control.
export function publishAnnualReport(
  report: AnnualReport,
  threshold = disclosureThreshold(),
): PublishedReport {
  const sex = protectBreakdown(
    {
      male: report.sex.male,
      female: report.sex.female,
      other: report.sex.other,
      unknown: report.sex.unknown,
    },
    threshold,
  );
  const age = protectBreakdown(
    { adults: report.age.adults, children: report.age.children, unknown: report.age.unknown },
    threshold,
  );
  const exploitationCounts = protectBreakdown(
    Object.fromEntries(
      Object.entries(report.vot.exploitation).map(([type, share]) => [type, share.count]),
    ),
    threshold,
  );
  return {
    ...report,
    sex: {
      ...sex,
      malePct: shownOr(sex.male, report.sex.malePct),
      femalePct: shownOr(sex.female, report.sex.femalePct),
    } as PublishedReport["sex"],
    age: {
      ...age,
      adultPct: shownOr(age.adults, report.age.adultPct),
      childPct: shownOr(age.children, report.age.childPct),
    } as PublishedReport["age"],
    avr: {
      assisted: report.avr.assisted,
      byCategory: protectBreakdown(report.avr.byCategory, threshold),
      returnsByHostCountry: protectBreakdown(report.avr.returnsByHostCountry, threshold),
    },
    vot: {
      ...report.vot,
      exploitation: Object.fromEntries(
        Object.entries(report.vot.exploitation).map(([type, share]) => {
          const count = exploitationCounts[type]!;
          const shown = typeof count === "number";
          return [
            type,
            {
              count,
              pct: shown ? share.pct : null,
              prevPct: shown ? share.prevPct : null,
              changePoints: shown ? share.changePoints : null,
            },
          ];
        }),
      ) as PublishedReport["vot"]["exploitation"],
      forcedLabourSectors: protectBreakdown(report.vot.forcedLabourSectors, threshold),
      childrenNeeds: protectBreakdown(report.vot.childrenNeeds, threshold),
    },
    breakdowns: {
      sexByAge: protectCrossTable(
        SEXES,
        AGE_GROUPS,
        (s, a) => report.breakdowns.sexByAge[s][a],
        threshold,
      ),
      nationality: protectBreakdown(report.breakdowns.nationality, threshold),
      hostCountry: protectBreakdown(report.breakdowns.hostCountry, threshold),
      region: protectBreakdown(report.breakdowns.region, threshold),
      serviceTypes: protectBreakdown(report.breakdowns.serviceTypes, threshold),
    },
  };
}
