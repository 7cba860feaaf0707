import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { neighbors } from 'topojson-client';
import { CENTRAL_ASIA, KYRGYZSTAN, KYRGYZSTAN_FILL, REGION_FILL, contrastRatio, drawWorld, placeLabels } from '../../src/lib/map.ts';
import { rawEntries } from '../helpers/content.ts';

const atlas = topology as unknown as Topology;
const countries = [
  { id: 'china', title: 'China', isoNumeric: '156', group: 'East Asia' },
  { id: 'malta', title: 'Malta', isoNumeric: '470', group: 'Europe' },
];
const map = drawWorld(atlas, countries);

describe('drawWorld', () => {
  it('draws Kyrgyzstan apart and links the shapes of countries with a relation page', () => {
    expect(map.kyrgyzstan.d).toMatch(/^M/);
    expect(map.shapes.filter((s) => s.country).map((s) => s.country!.id)).toEqual(['china']);
    expect(map.shapes.some((s) => s.iso === '417')).toBe(false);
  });

  it('lists relation countries too small for the atlas instead of dropping them silently', () => {
    expect(map.notDrawn.map((c) => c.id)).toEqual(['malta']);
  });

  it('keeps the paths compact (one decimal) and inside the view box', () => {
    const numbers = map.shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(numbers.every((n) => n >= -1 && n <= map.width + 1)).toBe(true);
    expect(map.shapes.every((s) => !/\.\d{2}/.test(s.d))).toBe(true);
  });

  it('fits an inset to Central Asia, cut at its box, with the five republics inside it', () => {
    const inset = drawWorld(atlas, countries, 480, 300, CENTRAL_ASIA);
    const numbers = inset.shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(numbers.every((n) => n >= 0 && n <= 480)).toBe(true);
    const centres = [inset.kyrgyzstan, ...inset.shapes].filter((s) => CENTRAL_ASIA.includes(s.iso)).map((s) => s.centre);
    expect(centres).toHaveLength(5);
    expect(centres.every(([x, y]) => x > 0 && x < 480 && y > 0 && y < 300)).toBe(true);
    expect(inset.shapes.length).toBeLessThan(30);
  });
});

describe('region fills', () => {
  it('differ by at least 3:1 wherever two regions (or Kyrgyzstan) share a border on the map', () => {
    const region = new Map(rawEntries().filter((e) => e.collection === 'countries').map((e) => [e.data.isoNumeric, e.data.region as keyof typeof REGION_FILL]));
    const fill = (iso: string) => (iso === KYRGYZSTAN ? KYRGYZSTAN_FILL : region.has(iso) ? REGION_FILL[region.get(iso)!] : undefined);
    const geometries = (atlas.objects.countries as GeometryCollection).geometries;
    const weak = new Set<string>();
    neighbors(geometries as never).forEach((list, i) => {
      for (const j of list) {
        const [a, b] = [String(geometries[i].id), String(geometries[j].id)];
        const [fa, fb] = [fill(a), fill(b)];
        if (fa && fb && fa !== fb && contrastRatio(fa, fb) < 3) weak.add(`${[region.get(a) ?? 'Kyrgyzstan', region.get(b) ?? 'Kyrgyzstan'].sort().join(' / ')}: ${contrastRatio(fa, fb).toFixed(2)}`);
      }
    });
    expect([...weak]).toEqual([]);
  });

  it.each([
    ['#ffffff', '#000000', 21],
    ['#767676', '#ffffff', 4.54],
    ['#c24f17', '#c24f17', 1],
  ])('contrastRatio(%s, %s) is %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

describe('placeLabels', () => {
  it('keeps labels inside the box and drops those that would cover an earlier one', () => {
    const labels = [
      { text: 'Kyrgyzstan', x: 100, y: 50 },
      { text: 'Tajikistan', x: 110, y: 60 },
      { text: 'Edge', x: 5, y: 50 },
      { text: 'China', x: 160, y: 90 },
    ];
    expect(placeLabels(labels, 200, 100).map((l) => l.text)).toEqual(['Kyrgyzstan', 'China']);
  });
});
