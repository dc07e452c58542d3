import m49 from "./m49-regions.json";

type M49Entry = {
  alpha3: string;
  region: string | null;
  subRegion: string | null;
  intermediateRegion: string | null;
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
