/**
 * The relations map, drawn at build time: world-atlas country shapes projected with d3-geo
 * into SVG path strings. Nothing runs in the browser.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';

/** ISO 3166 numeric code of Kyrgyzstan in the atlas. */
export const KYRGYZSTAN = '417';

export interface MapCountry {
  id: string;
  title: string;
  isoNumeric: string;
  /** A key for the legend (region, decade…). */
  group: string;
}

export interface MapShape {
  d: string;
  iso: string;
  /** Present when the shape is a country with a relation page. */
  country?: MapCountry;
}

export interface WorldMap {
  width: number;
  height: number;
  shapes: MapShape[];
  kyrgyzstan: MapShape;
  /** Relation pages whose country is too small to be in the atlas. */
  notDrawn: MapCountry[];
}

/** Projects the atlas and pairs each shape with its relation page, if any. */
export function drawWorld(topology: Topology, countries: readonly MapCountry[], width = 960): WorldMap {
  const collection = topology.objects.countries as GeometryCollection;
  const features = (feature(topology, collection) as unknown as { features: Feature<Geometry>[] }).features
    .filter((f) => f.id !== '010'); // Antarctica takes space and has no relations
  const height = Math.round(width * 0.49);
  const projection = geoEqualEarth().fitSize([width, height], { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(1);
  const byIso = new Map(countries.map((c) => [c.isoNumeric, c]));
  const shapes = features
    .map((f) => ({ d: path(f) ?? '', iso: String(f.id), country: byIso.get(String(f.id)) }))
    .filter((s) => s.d !== '');
  const drawn = new Set(shapes.map((s) => s.iso));
  return {
    width,
    height,
    shapes: shapes.filter((s) => s.iso !== KYRGYZSTAN),
    kyrgyzstan: shapes.find((s) => s.iso === KYRGYZSTAN)!,
    notDrawn: countries.filter((c) => !drawn.has(c.isoNumeric)),
  };
}
