import "server-only";

import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

import { alpha3FromNumeric } from "./countries";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;
const ANTARCTICA = "010";

// One country's outline as an SVG path; `country` is its alpha-3 code, null for a shape
// that is no ISO country (Northern Cyprus, Somaliland, Kosovo).
export type CountryShape = { country: string | null; path: string };

let shapes: CountryShape[] | undefined;

// Natural Earth's 1:110m outlines (world-atlas), projected once per process: static map
// data, drawn on the server so that none of it is sent to the browser as data.
export function worldCountryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  // Antarctica holds no office and no nationality; leaving it out gives the rest more room.
  const collection = { ...all, features: all.features.filter((shape) => shape.id !== ANTARCTICA) };
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const draw = geoPath(projection).digits(1);
  shapes = collection.features.flatMap((shape) => {
    const path = draw(shape);
    if (!path) return [];
    const id = shape.id === undefined ? undefined : String(shape.id);
    return [{ country: id ? (alpha3FromNumeric(id) ?? null) : null, path }];
  });
  return shapes;
}
