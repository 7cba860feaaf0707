import { describe, expect, it } from 'vitest';
import { notesSummary, sourceCounts, treatyKind } from '../../src/lib/entries.ts';
import { country, organization } from './fixtures.ts';

describe('sourceCounts', () => {
  it('counts each source once per entry, most cited first, ties by id', () => {
    const twice = country('a', 'A');
    (twice.data as any).sources = [
      { source: { id: 'z' }, locator: 'p. 1' },
      { source: { id: 'z' }, locator: 'p. 2' },
      { source: { id: 's' }, locator: 'p. 3' },
    ];
    expect(sourceCounts([twice, country('b', 'B'), organization('c', 'C')])).toEqual([
      { id: 's', count: 3 },
      { id: 'z', count: 1 },
    ]);
  });
});

describe.each([
  [{ kind: 'treaty', scope: 'bilateral' }, 'en', 'treaty, bilateral'],
  [{ kind: 'agreement', scope: 'not stated' }, 'en', 'agreement (the sources do not say whether bilateral)'],
  [{ kind: 'treaty', scope: 'bilateral' }, 'ru', 'двусторонний договор'],
  [{ kind: 'declaration', scope: 'multilateral' }, 'ru', 'многосторонняя декларация'],
  [{ kind: 'accords', scope: 'multilateral' }, 'ru', 'многосторонние соглашения'],
  [{ kind: 'agreement', scope: 'not stated' }, 'ru', 'соглашение (источники не уточняют, двустороннее ли)'],
] as const)('treatyKind(%o, %s)', (data, locale, expected) => {
  it(`reads "${expected}"`, () => expect(treatyKind(data, locale)).toBe(expected));
});

describe('notesSummary', () => {
  const notes = (corrections: number, disagreements: number) => [
    ...Array.from({ length: disagreements }, () => ({ kind: 'disagreement' as const })),
    ...Array.from({ length: corrections }, () => ({ kind: 'correction' as const })),
  ];
  it.each([
    ['en', 0, 0, ''],
    ['en', 1, 0, '1 correction of a source'],
    ['en', 2, 0, '2 corrections of sources'],
    ['en', 1, 2, '1 correction of a source and 2 places where sources disagree'],
    ['en', 0, 21, '21 places where sources disagree'],
    ['ru', 0, 0, ''],
    ['ru', 1, 0, '1 исправление источника'],
    ['ru', 2, 0, '2 исправления источников'],
    ['ru', 5, 0, '5 исправлений источников'],
    ['ru', 21, 0, '21 исправление источника'],
    ['ru', 0, 1, '1 место, где источники расходятся'],
    ['ru', 0, 2, '2 места, где источники расходятся'],
    ['ru', 0, 5, '5 мест, где источники расходятся'],
    ['ru', 1, 21, '1 исправление источника и 21 место, где источники расходятся'],
  ] as const)('%s, %i corrections, %i disagreements → "%s"', (locale, corrections, disagreements, expected) => {
    expect(notesSummary(notes(corrections, disagreements), locale)).toBe(expected);
  });
});
