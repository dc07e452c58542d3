import m49 from "@/lib/geo/m49-regions.json";
import { regionOf } from "@/lib/geo/regions";

import { ageBroadOf, alpha2Of } from "./htcds-mapping";

// CTDC-style k-anonymity (k = 11, as CTDC's global dataset) over the quasi-identifiers age,
// sex, citizenship, exploitation type, country of exploitation and year. Each is generalised
// one step at a time, over the whole file (global recoding), before any record is suppressed:
// the step that leaves the fewest records in classes smaller than k wins, until at most
// MAX_SUPPRESSED_SHARE of the records would be suppressed or no single step suppresses fewer.
// Then the records still in classes smaller than k are dropped.

export const K = 11;
export const MAX_SUPPRESSED_SHARE = 0.05;
export const ANY = "*";

// One VOT record as the export reads it: no name, no id.
export type VictimRecord = {
  age: number | null; // at identification, whole years
  sex: "M" | "F" | "X" | "U";
  citizenship: string | null; // ISO alpha-3
  exploitationTypes: readonly string[]; // HTCDS words, e.g. ForcedLabour
  exploitationCountry: string | null; // ISO alpha-3
  year: number;
};

export const QUASI_IDENTIFIERS = [
  "year",
  "age",
  "citizenship",
  "exploitationCountry",
  "exploitationType",
  "sex",
] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];
export type Levels = Record<QuasiIdentifier, number>;

const continentByAlpha3 = new Map(
  (m49 as { alpha3: string; region: string | null }[]).map((c) => [c.alpha3, c.region]),
);

const GENDER: Record<VictimRecord["sex"], string> = {
  M: "Male",
  F: "Female",
  X: "Transgender/NonConforming",
  U: "Unknown",
};

function ageAt(level: number, age: number | null): string {
  if (age === null) return "";
  if (level === 0) return ageBroadOf(age) ?? "";
  if (level === 1) return age <= 17 ? "0--17" : age <= 29 ? "18--29" : age <= 47 ? "30--47" : "48+";
  if (level === 2) return age <= 17 ? "Minor" : "Adult";
  return ANY;
}

function countryAt(level: number, alpha3: string | null): string {
  if (!alpha3) return "";
  if (level === 0) return alpha2Of(alpha3) ?? "";
  if (level === 1) return regionOf(alpha3) ?? ANY;
  if (level === 2) return continentByAlpha3.get(alpha3) ?? ANY;
  return ANY;
}

// CTDC's broad groups: sexual, labour, both, other.
function exploitationAt(level: number, types: readonly string[]): string {
  if (types.length === 0) return "";
  if (level === 0) return [...new Set(types)].sort().join(";");
  if (level === 1) {
    const sexual = types.includes("SexualExploitation");
    const labour = types.includes("ForcedLabour");
    if (sexual && labour) return "SexAndLabour";
    if (sexual) return "SexualExploitation";
    if (labour) return "ForcedLabour";
    return "OtherExploitation";
  }
  return ANY;
}

function yearAt(level: number, year: number): string {
  if (level === 0) return String(year);
  if (level === 1) {
    const start = year - (((year % 3) + 3) % 3);
    return `${start}-${start + 2}`;
  }
  return ANY;
}

export const TOP_LEVEL: Levels = {
  year: 2,
  age: 3,
  citizenship: 3,
  exploitationCountry: 3,
  exploitationType: 2,
  sex: 1,
};

export type GeneralisedRecord = Record<QuasiIdentifier, string>;

export function generalise(record: VictimRecord, levels: Levels): GeneralisedRecord {
  return {
    year: yearAt(levels.year, record.year),
    age: ageAt(levels.age, record.age),
    citizenship: countryAt(levels.citizenship, record.citizenship),
    exploitationCountry: countryAt(levels.exploitationCountry, record.exploitationCountry),
    exploitationType: exploitationAt(levels.exploitationType, record.exploitationTypes),
    sex: levels.sex === 0 ? GENDER[record.sex] : ANY,
  };
}

const keyOf = (g: GeneralisedRecord) => QUASI_IDENTIFIERS.map((q) => g[q]).join("\u0000");

// The records in classes smaller than k at these levels.
function countSmall(records: readonly VictimRecord[], levels: Levels, k: number): number {
  const sizes = new Map<string, number>();
  for (const record of records) {
    const key = keyOf(generalise(record, levels));
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  let small = 0;
  for (const size of sizes.values()) if (size < k) small += size;
  return small;
}

export type AnonymisedDataset = {
  rows: GeneralisedRecord[];
  levels: Levels;
  recordCount: number;
  suppressed: number;
  keptShare: number; // 0..1; 0 for an empty input
};

export function anonymise(
  records: readonly VictimRecord[],
  { k = K, maxSuppressedShare = MAX_SUPPRESSED_SHARE, generaliseFirst = true } = {},
): AnonymisedDataset {
  const levels: Levels = {
    year: 0,
    age: 0,
    citizenship: 0,
    exploitationCountry: 0,
    exploitationType: 0,
    sex: 0,
  };
  let small = countSmall(records, levels, k);
  while (generaliseFirst && small > maxSuppressedShare * records.length) {
    let best: { qi: QuasiIdentifier; small: number } | null = null;
    for (const qi of QUASI_IDENTIFIERS) {
      if (levels[qi] >= TOP_LEVEL[qi]) continue;
      const trial = countSmall(records, { ...levels, [qi]: levels[qi] + 1 }, k);
      if (!best || trial < best.small) best = { qi, small: trial };
    }
    // A step that suppresses no fewer records only costs detail: stop there.
    if (!best || best.small >= small) break;
    levels[best.qi] += 1;
    small = best.small;
  }
  return suppress(records, levels, k);
}

function suppress(records: readonly VictimRecord[], levels: Levels, k: number): AnonymisedDataset {
  const classes = new Map<string, GeneralisedRecord[]>();
  for (const record of records) {
    const g = generalise(record, levels);
    const key = keyOf(g);
    const members = classes.get(key);
    if (members) members.push(g);
    else classes.set(key, [g]);
  }
  // Sorted by class, so the order of the file says nothing about when a record was made.
  const kept = [...classes.entries()]
    .filter(([, members]) => members.length >= k)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, members]) => members);
  return {
    rows: kept,
    levels: { ...levels },
    recordCount: records.length,
    suppressed: records.length - kept.length,
    keptShare: records.length === 0 ? 0 : kept.length / records.length,
  };
}
