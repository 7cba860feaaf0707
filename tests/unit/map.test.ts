import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { drawWorld } from '../../src/lib/map.ts';

const countries = [
  { id: 'china', title: 'China', isoNumeric: '156', group: 'East Asia' },
  { id: 'malta', title: 'Malta', isoNumeric: '470', group: 'Europe' },
];
const map = drawWorld(topology as unknown as Topology, countries);

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
});
