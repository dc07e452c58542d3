import type { DbOrTx } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import { countriesInRegion, regionByCountry } from "@/lib/geo/region-index";
import {
  EXPLOITATION_TYPES,
  LABOUR_SECTORS,
  MIGRANT_CATEGORIES,
  SERVICE_TYPES,
  SEXES,
} from "@/lib/vocabulary";

import { AGE_GROUPS, type ReportFilter } from "./annual-report";
import type { ComputedReport } from "./publish-annual-report";
import { queryAnnualCounts, type CountMap } from "./query-annual-counts";
import { changePercent, changePoints, percentOf } from "./rounding";

function pick<K extends string>(keys: readonly K[], counts: CountMap): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, Number(counts[key] ?? 0)])) as Record<
    K,
    number
  >;
}

function sortedCounts(counts: CountMap): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .map(([key, n]) => [key, Number(n)])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

// Ties go to the alphabetically first region, so the answer does not depend on row order.
function topKey(counts: CountMap): string | null {
  const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return entries[0]?.[0] ?? null;
}

function hostCountriesOf(filter: ReportFilter): string[] | null {
  if (filter.hostCountry && filter.region)
    return countriesInRegion(filter.region).filter((code) => code === filter.hostCountry);
  if (filter.hostCountry) return [filter.hostCountry];
  if (filter.region) return countriesInRegion(filter.region);
  return null;
}

// Every figure of REPORT_SPEC for a year and scope, unrounded counts kept as numbers.
// No actor: callers check permissions (getAnnualReport) or are operators' CLIs. Aggregates
// read across offices, so the query runs in the database's system scope. officeCodes
// narrows the scope to a set of offices (the atoms of disclosure control).
export async function computeAnnualReport(
  db: DbOrTx,
  filter: ReportFilter,
  officeCodes: string[] | null = null,
): Promise<ComputedReport> {
  const scope = {
    officeCode: filter.office ?? null,
    hostCountries: hostCountriesOf(filter),
    officeCodes,
  };
  const c = await asSystem("report", () =>
    queryAnnualCounts(db, filter.year, scope, regionByCountry()),
  );
  const sex = pick(SEXES, c.sex);
  const ages = pick(AGE_GROUPS, c.ageGroups);
  const exploitation = pick(EXPLOITATION_TYPES, c.exploitation);
  const exploitationPrev = pick(EXPLOITATION_TYPES, c.exploitationPrev);
  const sexByAge = Object.fromEntries(
    SEXES.map((s) => [
      s,
      Object.fromEntries(
        AGE_GROUPS.map((a) => [
          a,
          Number(c.sexAge.find((row) => row.sex === s && row.age === a)?.n ?? 0),
        ]),
      ),
    ]),
  ) as ComputedReport["breakdowns"]["sexByAge"];
  return {
    year: filter.year,
    filter: {
      office: filter.office ?? null,
      hostCountry: filter.hostCountry ?? null,
      region: filter.region ?? null,
    },
    migrantsAssisted: c.assisted,
    migrantsAssistedPrevYear: c.assistedPrev,
    changeVsPrevYearPct: changePercent(c.assisted, c.assistedPrev),
    countriesOfOrigin: c.origins,
    activeProjects: c.activeProjects,
    hostCountries: c.hostCountries,
    sex: {
      male: sex.M,
      female: sex.F,
      other: sex.X,
      unknown: sex.U,
      malePct: percentOf(sex.M, sex.M + sex.F),
      femalePct: percentOf(sex.F, sex.M + sex.F),
    },
    age: {
      adults: ages.adult,
      children: ages.child,
      unknown: ages.unknown,
      adultPct: percentOf(ages.adult, ages.adult + ages.child),
      childPct: percentOf(ages.child, ages.adult + ages.child),
    },
    avr: {
      assisted: c.avrAssisted,
      byCategory: pick(MIGRANT_CATEGORIES, c.avrByCategory),
      returnsByHostCountry: sortedCounts(c.returnsByHost),
    },
    counsellingSessions: c.counselling,
    counsellingSessionsPrevYear: c.counsellingPrev,
    reintegrationServices: c.reintegration,
    reintegrationServicesPrevYear: c.reintegrationPrev,
    vot: {
      assisted: c.votAssisted,
      exploitation: Object.fromEntries(
        EXPLOITATION_TYPES.map((type) => [
          type,
          {
            count: exploitation[type],
            pct: percentOf(exploitation[type], c.votAssisted),
            prevPct: percentOf(exploitationPrev[type], c.votAssistedPrev),
            changePoints: changePoints(
              exploitation[type],
              c.votAssisted,
              exploitationPrev[type],
              c.votAssistedPrev,
            ),
          },
        ]),
      ) as ComputedReport["vot"]["exploitation"],
      forcedLabourSectors: pick(LABOUR_SECTORS, c.sectors),
      children: c.votChildren,
      childrenTopRegion: topKey(c.childrenByRegion),
      childrenNeeds: pick(SERVICE_TYPES, c.childrenNeeds),
    },
    votDatabase: {
      asOf: `${String(filter.year).padStart(4, "0")}-12-31`,
      beneficiaries: c.votDb.beneficiaries,
      sourceCountries: c.votDb.sources,
      destinationCountries: c.votDb.destinations,
    },
    breakdowns: {
      sexByAge,
      nationality: sortedCounts(c.nationality),
      hostCountry: sortedCounts(c.hostCountry),
      region: sortedCounts(c.region),
      serviceTypes: pick(SERVICE_TYPES, c.serviceTypes),
    },
    prevCounts: { votAssisted: c.votAssistedPrev, exploitation: exploitationPrev },
  };
}
