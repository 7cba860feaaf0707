/** The build-time half of search (src/lib/search-records.ts): what pages give Pagefind, name words, A–Z. */
import { describe, expect, it } from 'vitest';
import type { AnyEntry, Entries, SiteIndex } from '../../src/lib/relations.ts';
import {
  azGroups,
  azLetter,
  dashPairWords,
  dashWordsOfHtml,
  filterOptions,
  nameShards,
  searchMeta,
  separateCells,
} from '../../src/lib/search-records.ts';

const entry = (collection: string, id: string, data: Record<string, unknown>) => ({ collection, id, data: { notes: [], sources: [], ...data } }) as unknown as AnyEntry;
const china = entry('countries', 'china', { title: 'China', officialName: "People's Republic of China", aliases: ['Китай', 'Kyrgyzstan–China'], region: 'East Asia', recognised: '1991-12-27' });
const kazakhstan = entry('countries', 'kazakhstan', { title: 'Kazakhstan', officialName: 'Republic of Kazakhstan', aliases: ['Kazakstan'], region: 'Central Asia' });
const sco = entry('organizations', 'sco', { title: 'Shanghai Cooperation Organization', acronym: 'SCO', aliases: ['ШОС'] });
const treaty = entry('treaties', 'border', { title: 'Border agreement', shortTitle: 'Border agreement', aliases: ['China border agreement'], signed: '1996-04' });
const priority = entry('priorities', 'neighbours', { title: '1990s neighbours' });
const source = entry('sources', 's', { title: 'A source' });
const related: Record<string, AnyEntry[]> = { sco: [china, kazakhstan], border: [china], neighbours: [kazakhstan, china] };
const index = { related: (e: AnyEntry) => related[e.id] ?? [] } as unknown as SiteIndex;
const entries = { sources: [source], countries: [china, kazakhstan], treaties: [treaty], organizations: [sco], priorities: [priority], events: [] } as unknown as Entries;

describe('dash pairs', () => {
  it('splits en and em dash pairs, once per word, and leaves hyphens to Pagefind', () => {
    expect(dashPairWords('Kyrgyzstan–China ties; Kyrgyzstan–Russia; good-neighbourliness; 1996—1997')).toEqual(['Kyrgyzstan', 'China', 'Russia', '1996', '1997']);
  });

  it.each([
    ['<p title="Kyrgyzstan–Japan">Relations <a href="/x/">Kyrgyzstan–China</a> and 1996&ndash;1997</p>', 'Kyrgyzstan China 1996 1997'],
    ['<p>No pairs here, only good-neighbourliness</p>', ''],
  ])('dashWordsOfHtml(%j) → %j', (html, expected) => expect(dashWordsOfHtml(html)).toBe(expected));
});

describe('separateCells', () => {
  it('keeps the labels and values of the facts panel apart as words', () => {
    expect(separateCells('<dl><dt>Acronym</dt><dd>SCO</dd><dt>Kind</dt><dd>security</dd></dl><table><tr><th>A</th><td>B</td></tr></table>')).toBe(
      '<dl><dt>Acronym</dt> <dd>SCO</dd> <dt>Kind</dt> <dd>security</dd> </dl><table><tr><th>A</th> <td>B</td> </tr></table>',
    );
  });
});

describe('searchMeta', () => {
  it.each([
    // The words of "Kyrgyzstan–China" are given, but not Kyrgyzstan, which is on every page.
    [
      china,
      {
        kind: 'countries',
        date: '1991-12-27',
        decade: 1990,
        regions: ['East Asia'],
        aliases: ["People's Republic of China", 'Китай', 'Kyrgyzstan–China', 'China'],
        tokens: ['chinaqqname', 'peoplesrepublicofchinaqqname', 'китаqqname', 'kyrgyzstanchinaqqname'],
      },
    ],
    [sco, { kind: 'organizations', date: undefined, decade: undefined, regions: ['Central Asia', 'East Asia'], aliases: ['SCO', 'ШОС'], tokens: ['shanghaicooperationorganizationqqname', 'scoqqname', 'шосqqname'] }],
    [treaty, { kind: 'treaties', date: '1996-04', decade: 1990, regions: ['East Asia'], aliases: ['China border agreement'], tokens: ['borderagreementqqname', 'chinaborderagreementqqname'] }],
    // A name longer than four words is never typed whole, so it gets no exact-name word.
    [
      entry('priorities', 'long', { title: 'Peace and security in the region' }),
      { kind: 'priorities', date: undefined, decade: undefined, regions: [], aliases: [], tokens: [] },
    ],
  ])('of entry %#', (e, expected) => expect(searchMeta(e, index)).toEqual(expected));

  it('offers the types, regions and decades that occur', () => {
    expect(filterOptions(entries, index)).toEqual({
      kind: new Set(['countries', 'treaties', 'organizations', 'priorities']),
      region: new Set(['East Asia', 'Central Asia']),
      decade: [1990],
    });
  });
});

describe('nameShards', () => {
  it("groups the words of every name (Kyrgyzstan's included) by first letter, long enough to correct, once each", () => {
    const shards = Object.fromEntries(nameShards(entries));
    expect(shards.c).toEqual(['China', 'Cooperation']);
    expect(shards.k).toEqual(['Kazakhstan', 'Kazakstan', 'Kirghiz', 'Kirghizia', 'Kirghizstan', 'Kirgizia', 'Kirgizstan', 'Kyrgyz', 'Kyrgyzia', 'Kyrgyzstan']);
    expect(shards.u43a).toEqual(['Китай', 'Кыргызская', 'Кыргызстан'].sort((a, b) => a.localeCompare(b, 'en')));
    // Sources are not searched by name; three-letter words (SCO, ШОС) are never corrected.
    expect(shards.a).toEqual(['agreement']);
    expect(Object.values(shards).flat()).not.toContain('SCO');
  });
});

describe('A–Z', () => {
  it.each([
    ['Kazakhstan', 'K'],
    ['Öresund', 'O'],
    ['1990s neighbours', '0–9'],
    ['“Manas”', 'M'],
    ['Китай', 'К'],
    ['Йемен', 'Й'],
    ['«Манас»', 'М'],
    ['—', '#'],
  ])('%j is under %j', (title, letter) => expect(azLetter(title)).toBe(letter));

  it('orders letters as the language does: Russian puts Cyrillic before Latin', () => {
    const russian = { ...entries, countries: [{ ...china, data: { ...china.data, title: 'Китай' } }, { ...kazakhstan, data: { ...kazakhstan.data, title: 'Казахстан' } }] } as unknown as Entries;
    expect([...azGroups(russian, 'ru').keys()]).toEqual(['0–9', 'К', 'A', 'B', 'S']);
    expect(azGroups(russian, 'ru').get('К')!.map((e) => e.data.title)).toEqual(['Казахстан', 'Китай']);
  });

  it('groups every entry by letter, letters and titles in order', () => {
    const groups = [...azGroups(entries, 'en-GB')].map(([letter, list]) => [letter, list.map((e) => e.data.title)]);
    expect(groups).toEqual([
      ['0–9', ['1990s neighbours']],
      ['A', ['A source']],
      ['B', ['Border agreement']],
      ['C', ['China']],
      ['K', ['Kazakhstan']],
      ['S', ['Shanghai Cooperation Organization']],
    ]);
  });
});
