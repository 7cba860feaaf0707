/**
 * The relations map, drawn at build time: world-atlas country shapes projected with d3-geo
 * into SVG path strings, for the whole world and for an enlarged inset of Central Asia.
 * Nothing runs in the browser.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import type { REGIONS } from './schema.ts';

/** ISO 3166 numeric code of Kyrgyzstan in the atlas. */
export const KYRGYZSTAN = '417';

/** The five Central Asian republics the inset is fitted to (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan). */
export const CENTRAL_ASIA = ['398', '417', '762', '795', '860'];

/**
 * Region fills in three lightness tiers (dark, mid, light). Regions whose countries share a
 * border on the map sit in different tiers, so neighbours differ by at least 3:1 in contrast
 * and stay apart without colour vision (tests/unit/map.test.ts checks every shared border).
 */
export const REGION_FILL: Record<(typeof REGIONS)[number], string> = {
  'Central Asia': '#4f0f08',
  Europe: '#0c2246',
  'Latin America and the Caribbean': '#380e30',
  Oceania: '#0e3322',
  'East Asia': '#c24f17',
  'Middle East': '#2a8050',
  'North America': '#8058bd',
  'Southeast Asia': '#1f7a8c',
  'South Asia': '#f3d9a0',
  'Eastern Europe and the Caucasus': '#b8dcf7',
  Africa: '#f9d3b4',
};

/** Kyrgyzstan's own fill, light beside its dark (Central Asia) and mid (China) neighbours. */
export const KYRGYZSTAN_FILL = '#ffd400';

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
  /** Where a label for the shape goes, in map units. */
  centre: [number, number];
  /** Width and height of the shape's bounding box, in map units. */
  size: [number, number];
}

export interface WorldMap {
  width: number;
  height: number;
  shapes: MapShape[];
  kyrgyzstan: MapShape;
  /** Relation pages whose country is too small to be in the atlas. */
  notDrawn: MapCountry[];
}

function countryFeatures(topology: Topology): Feature<Geometry>[] {
  const collection = topology.objects.countries as GeometryCollection;
  return (feature(topology, collection) as unknown as { features: Feature<Geometry>[] }).features.filter((f) => f.id !== '010'); // Antarctica takes space and has no relations
}

/**
 * Projects the atlas to a width × height box and pairs each shape with its relation page. With
 * `focus` (ISO codes), the map is fitted to those countries and cut at the box's edges.
 */
export function drawWorld(topology: Topology, countries: readonly MapCountry[], width = 960, height = Math.round(width * 0.49), focus?: readonly string[]): WorldMap {
  const features = countryFeatures(topology);
  const fitted = focus ? features.filter((f) => focus.includes(String(f.id))) : features;
  const margin = focus ? width * 0.04 : 0;
  const projection = geoEqualEarth()
    .rotate(focus ? [-70, 0] : [0, 0])
    .fitExtent([[margin, margin], [width - margin, height - margin]], { type: 'FeatureCollection', features: fitted });
  if (focus) projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const byIso = new Map(countries.map((c) => [c.isoNumeric, c]));
  const shapes = features
    .map((f) => {
      const [x, y] = path.centroid(f);
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      return {
        d: path(f) ?? '',
        iso: String(f.id),
        country: byIso.get(String(f.id)),
        centre: [Math.round(x), Math.round(y)] as [number, number],
        size: [Math.round(x1 - x0), Math.round(y1 - y0)] as [number, number],
      };
    })
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

/** WCAG contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export interface MapLabel {
  text: string;
  x: number;
  y: number;
}

/**
 * The labels that fit: inside the width × height box and clear of every label kept before them,
 * so earlier labels win. Widths are estimated for a 15 px font (9 px a character, 18 px high).
 */
export function placeLabels(labels: readonly MapLabel[], width: number, height: number): MapLabel[] {
  const box = (l: MapLabel) => ({ x0: l.x - l.text.length * 4.5, x1: l.x + l.text.length * 4.5, y0: l.y - 9, y1: l.y + 9 });
  const kept: MapLabel[] = [];
  for (const label of labels) {
    const b = box(label);
    const inside = b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
    const clear = kept.every((k) => {
      const o = box(k);
      return b.x1 < o.x0 || o.x1 < b.x0 || b.y1 < o.y0 || o.y1 < b.y0;
    });
    if (inside && clear) kept.push(label);
  }
  return kept;
}
