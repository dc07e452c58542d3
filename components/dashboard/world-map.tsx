import "server-only";

import type { MapCell, ShadeClass } from "@/lib/dashboard/map-shading";
import { MAP_HEIGHT, MAP_WIDTH, worldCountryShapes } from "@/lib/geo/world-map";

// ColorBrewer "Blues", light to dark, one per shade class.
export const SHADES = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
export const NO_DATA = "#e2e8f0";

// Diagonal amber stripes: a hidden cell looks like no shade of the count scale.
export function HiddenPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="#fef3c7" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#b45309" strokeWidth="3" />
    </pattern>
  );
}

// The world with each country filled by its published cell, drawn on the server as SVG.
export function WorldMap({
  id,
  label,
  cells,
  classes,
  titleOf,
}: {
  id: string;
  label: string;
  cells: Record<string, MapCell>;
  classes: ShadeClass[];
  titleOf: (country: string, cell: MapCell) => string;
}) {
  const patternId = `${id}-hidden`;
  // With fewer classes than shades, use the darker end so that a lone class still stands out.
  const offset = SHADES.length - classes.length;
  const fillOf = (cell: MapCell | undefined) =>
    !cell ? NO_DATA : cell.state === "hidden" ? `url(#${patternId})` : SHADES[offset + cell.shade];
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
      data-testid={id}
    >
      <title id={`${id}-title`}>{label}</title>
      <defs>
        <HiddenPattern id={patternId} />
      </defs>
      {worldCountryShapes().map(({ country, path }, index) => {
        const cell = country ? cells[country] : undefined;
        return (
          <path
            key={country ?? `shape-${index}`}
            d={path}
            fill={fillOf(cell)}
            stroke="#ffffff"
            strokeWidth={0.5}
            data-country={country ?? undefined}
            data-state={cell?.state ?? "none"}
          >
            {country && cell && <title>{titleOf(country, cell)}</title>}
          </path>
        );
      })}
    </svg>
  );
}
