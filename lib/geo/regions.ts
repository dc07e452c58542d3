import m49 from "./m49-regions.json";

type M49Entry = {
  alpha3: string;
  region: string | null;
  subRegion: string | null;
  intermediateRegion: string | null;
  subRegionCode: string | null;
  intermediateRegionCode: string | null;
};

const byAlpha3 = new Map<string, M49Entry>(
  (m49 as M49Entry[]).map((entry) => [entry.alpha3, entry]),
);

// The intermediate region is the finer grouping (e.g. Central America rather than
// "Latin America and the Caribbean"), so it wins where M49 defines one.
export function regionOf(alpha3: string): string | null {
  const entry = byAlpha3.get(alpha3);
  return entry?.intermediateRegion ?? entry?.subRegion ?? null;
}

export function isKnownCountry(alpha3: string): boolean {
  return byAlpha3.has(alpha3);
}

// The M49 code of a report region ("Central America" -> "013"): the key of its name in the
// catalogues (report.regionName.<code>), whatever the language.
export function regionCodeOf(region: string): string | null {
  for (const entry of byAlpha3.values()) {
    if (entry.intermediateRegion === region) return entry.intermediateRegionCode;
    if (!entry.intermediateRegion && entry.subRegion === region) return entry.subRegionCode;
  }
  return null;
}
