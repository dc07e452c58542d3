import m49 from "./m49-regions.json";
import { regionOf } from "./regions";

type M49Entry = { alpha3: string; region: string | null };
const entries = m49 as M49Entry[];

// Country -> report region (REPORT_SPEC: intermediate region, else sub-region), for SQL joins.
export function regionByCountry(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { alpha3 } of entries) {
    const region = regionOf(alpha3);
    if (region) map[alpha3] = region;
  }
  return map;
}

export function countriesInRegion(region: string): string[] {
  return entries.map((entry) => entry.alpha3).filter((alpha3) => regionOf(alpha3) === region);
}

export function listRegions(): string[] {
  return [...new Set(Object.values(regionByCountry()))].sort();
}

// M49 top-level region (Africa, Americas, Asia, Europe, Oceania).
export function continentOf(alpha3: string): string | null {
  return entries.find((entry) => entry.alpha3 === alpha3)?.region ?? null;
}
