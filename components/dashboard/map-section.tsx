import { getTranslations } from "next-intl/server";

import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { MapCell, ShadeClass } from "@/lib/dashboard/map-shading";
import { countryName } from "@/lib/geo/countries";

import { HiddenPattern, NO_DATA, SHADES, WorldMap } from "./world-map";

type Props = {
  kind: "hostCountry" | "origin";
  year: number;
  threshold: number;
  map: { cells: Record<string, MapCell>; classes: ShadeClass[] };
};

function Swatch({ fill, pattern }: { fill?: string; pattern?: string }) {
  return (
    <svg width="18" height="12" aria-hidden="true" className="shrink-0">
      {pattern && (
        <defs>
          <HiddenPattern id={pattern} />
        </defs>
      )}
      <rect width="18" height="12" fill={pattern ? `url(#${pattern})` : fill} stroke="#94a3b8" />
    </svg>
  );
}

// Largest first; hidden cells after the numbers, as the annual report's tables list them.
const byCount = ([, a]: [string, MapCell], [, b]: [string, MapCell]) =>
  (b.state === "shown" ? b.value : -1) - (a.state === "shown" ? a.value : -1);

// One world map of published counts with its legend and, beside it, the same cells as a table.
export async function MapSection({ kind, year, threshold, map }: Props) {
  const t = await getTranslations("dashboard.maps");
  const entries = Object.entries(map.cells).sort(byCount);
  const offset = SHADES.length - map.classes.length;
  const show = (cell: MapCell) =>
    cell.state === "shown" ? cell.value.toLocaleString("en") : cell.marker;
  const titleOf = (country: string, cell: MapCell) =>
    cell.state === "shown"
      ? t("shownTitle", { country: countryName(country), count: cell.value })
      : t("hiddenTitle", { country: countryName(country), marker: cell.marker });
  return (
    <Section title={t(`${kind}.title`, { year })}>
      <div className="grid gap-4 lg:grid-cols-3">
        <figure className="lg:col-span-2">
          <WorldMap
            id={`map-${kind}`}
            label={t(`${kind}.label`, { year })}
            cells={map.cells}
            classes={map.classes}
            titleOf={titleOf}
          />
          <figcaption className="mt-2 text-sm text-slate-700">
            <span className="sr-only">{t("legend")}</span>
            <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid={`map-${kind}-legend`}>
              {map.classes.map((range, index) => (
                <li key={range.from} className="flex items-center gap-1">
                  <Swatch fill={SHADES[offset + index]} />
                  {range.from === range.to ? range.from.toLocaleString("en") : t("range", range)}
                </li>
              ))}
              <li className="flex items-center gap-1">
                <Swatch pattern={`legend-${kind}-hidden`} />
                {t("hidden", { threshold })}
              </li>
              <li className="flex items-center gap-1">
                <Swatch fill={NO_DATA} />
                {t("none")}
              </li>
            </ul>
            <p className="mt-1 text-slate-600">{t("smallCountries")}</p>
          </figcaption>
        </figure>
        <div className="max-h-[28rem] overflow-y-auto" data-testid={`map-${kind}-table`}>
          {entries.length === 0 ? (
            <p className="text-sm text-slate-600">{t("empty", { year })}</p>
          ) : (
            <SimpleTable
              caption={t(`${kind}.title`, { year })}
              headers={[t("country"), t("people")]}
              rows={entries.map(([country, cell]) => [countryName(country), show(cell)])}
            />
          )}
        </div>
      </div>
    </Section>
  );
}
