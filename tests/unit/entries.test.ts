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

describe.each([
  [[], ''],
  [['correction'], '1 correction of a source'],
  [['disagreement', 'correction', 'disagreement'], '1 correction of a source and 2 places where sources disagree'],
  [['correction', 'correction'], '2 corrections of sources'],
] as const)('notesSummary(%j)', (kinds, expected) => {
  it(`reads "${expected}"`, () => expect(notesSummary(kinds.map((kind) => ({ kind })))).toBe(expected));
});
