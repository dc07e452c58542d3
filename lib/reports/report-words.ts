import { regionCodeOf } from "@/lib/geo/regions";
import type { Translate } from "@/lib/i18n/catalogues";

// A report region's name in the reader's language; the English M49 name stays the key in
// filters and files. A region without a message reads as its M49 name.
export function regionName(t: Translate, region: string): string {
  const code = regionCodeOf(region);
  const key = `report.regionName.${code}`;
  return code && t.has(key) ? t(key) : region;
}
