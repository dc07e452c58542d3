// Membership of the European Economic Area by date, so that a report for year Y uses the EEA
// as it was in Y (the 2012 report's "stranded in the European Economic Area" included Cyprus,
// but not Croatia, which joined the EU in July 2013).
// Sources: the EEA Agreement (OJ L 1, 3.1.1994, in force 1 January 1994 for the EU and
// Austria, Finland, Iceland, Norway and Sweden; Liechtenstein from 1 May 1995), EFTA's
// "EEA Agreement" page (efta.int/eea); the EU accession treaties of 2003 (in force
// 1 May 2004), 2005 (1 January 2007) and 2011 (1 July 2013); the UK-EU Withdrawal Agreement,
// articles 126-127: the UK left on 31 January 2020 and EU law, the EEA included, applied to it
// until the end of the transition period, 31 December 2020.
// EU accession dates are used for the EEA too (the EEA enlargement agreements followed a few
// months later), and a year counts by its last day: a member on 31 December of Y is in the EEA
// of Y.
type Membership = { from: string; until?: string };

const EEA_1994 = { from: "1994-01-01" };
const ENLARGEMENT_2004 = { from: "2004-05-01" };
const ENLARGEMENT_2007 = { from: "2007-01-01" };

export const EEA_MEMBERSHIP: Readonly<Record<string, Membership>> = {
  AUT: EEA_1994,
  BEL: EEA_1994,
  BGR: ENLARGEMENT_2007,
  CYP: ENLARGEMENT_2004,
  CZE: ENLARGEMENT_2004,
  DEU: EEA_1994,
  DNK: EEA_1994,
  ESP: EEA_1994,
  EST: ENLARGEMENT_2004,
  FIN: EEA_1994,
  FRA: EEA_1994,
  GBR: { from: "1994-01-01", until: "2020-12-31" },
  GRC: EEA_1994,
  HRV: { from: "2013-07-01" },
  HUN: ENLARGEMENT_2004,
  IRL: EEA_1994,
  ISL: EEA_1994,
  ITA: EEA_1994,
  LIE: { from: "1995-05-01" },
  LTU: ENLARGEMENT_2004,
  LUX: EEA_1994,
  LVA: ENLARGEMENT_2004,
  MLT: ENLARGEMENT_2004,
  NLD: EEA_1994,
  NOR: EEA_1994,
  POL: ENLARGEMENT_2004,
  PRT: EEA_1994,
  ROU: ENLARGEMENT_2007,
  SVK: ENLARGEMENT_2004,
  SVN: ENLARGEMENT_2004,
  SWE: EEA_1994,
};

// Whether the country (ISO 3166-1 alpha-3) was in the EEA on the day (YYYY-MM-DD).
export function isEeaMemberOn(iso3: string, day: string): boolean {
  const membership = EEA_MEMBERSHIP[iso3.toUpperCase()];
  if (!membership) return false;
  return membership.from <= day && (membership.until === undefined || day <= membership.until);
}

// Whether the country was in the EEA of the year (a member on its 31 December).
export function isEeaMember(iso3: string, year: number): boolean {
  return isEeaMemberOn(iso3, `${String(year).padStart(4, "0")}-12-31`);
}

// The EEA members of the year, sorted by code.
export function eeaMembers(year: number): string[] {
  return Object.keys(EEA_MEMBERSHIP)
    .filter((iso3) => isEeaMember(iso3, year))
    .sort();
}
