import { describe, expect, it } from 'vitest';
import type { AnyEntry, Entries, SiteIndex } from '../../src/lib/relations.ts';
import {
  dashPairWords,
  dashWordsOfHtml,
  decadeLabel,
  editDistance,
  filterOptions,
  matchNames,
  nameList,
  normalize,
  passesFilters,
  readSearchState,
  searchMeta,
  splitDashes,
  typoAllowance,
  writeSearchState,
  type SearchName,
} from '../../src/lib/search.ts';

const page = (url: string, type: string, names: string[], extra: Partial<SearchName> = {}): SearchName => ({
  url,
  title: names[0],
  type,
  regions: [],
  names,
  ...extra,
});

/** A small name list shaped like the real one (see nameList). */
const LIST: SearchName[] = [
  page('/', 'overview', ['Kyrgyzstan', 'Kyrgyz Republic', 'Kirghizia', 'Kirgizstan', 'Кыргызстан']),
  page('/relations/china/', 'relation', ['China', "People's Republic of China", 'PRC', 'Китай', 'Kyrgyzstan–China'], { regions: ['East Asia'] }),
  page('/relations/kazakhstan/', 'relation', ['Kazakhstan', 'Republic of Kazakhstan', 'Kazakstan', 'Казахстан'], { regions: ['Central Asia'] }),
  page('/relations/uzbekistan/', 'relation', ['Uzbekistan', 'Republic of Uzbekistan'], { regions: ['Central Asia'] }),
  page('/organizations/sco/', 'organization', ['Shanghai Cooperation Organization', 'SCO', 'ШОС', 'Shanghai']),
  page('/organizations/eco/', 'organization', ['Economic Cooperation Organization', 'ECO']),
  page('/organizations/csto/', 'organization', ['Collective Security Treaty Organization', 'CSTO', 'ОДКБ']),
  page('/organizations/cis/', 'organization', ['Commonwealth of Independent States', 'CIS', 'СНГ']),
  page('/treaties/kazakhstan-allied-relations-2003/', 'treaty', ['Treaty on Allied Relations between the Kyrgyz Republic and the Republic of Kazakhstan', 'allied relations'], { date: '2003-12-25', regions: ['Central Asia'] }),
  page('/treaties/kazakhstan-eternal-friendship-1997/', 'treaty', ['Treaty of Eternal Friendship between the Kyrgyz Republic and the Republic of Kazakhstan'], { date: '1997' }),
  page('/treaties/china-border-agreement/', 'treaty', ["Border agreement between the Kyrgyz Republic and the People's Republic of China", 'China border agreement']),
];

const first = (query: string) => matchNames(query, LIST).matches[0]?.url;

describe('normalize', () => {
  it.each([
    ['  Kyrgyzstan–China ', 'kyrgyzstan china'],
    ["People's Republic", 'peoples republic'],
    ['U.S.', 'u s'],
    ['Türkiye', 'turkiye'],
    ['ОДКБ', 'одкб'],
  ])('%j → %j', (text, expected) => expect(normalize(text)).toBe(expected));
});

describe('splitDashes', () => {
  it.each([
    ['Kyrgyzstan–China', 'Kyrgyzstan China'],
    ['Kyrgyzstan—China', 'Kyrgyzstan China'],
    ['Kyrgyzstan-China', 'Kyrgyzstan China'],
    ['China – Russia', 'China – Russia'],
    ['border treaty', 'border treaty'],
  ])('%j → %j', (query, expected) => expect(splitDashes(query)).toBe(expected));
});

describe('dashPairWords', () => {
  it('splits en and em dash pairs, once per word, and leaves hyphens to Pagefind', () => {
    expect(dashPairWords('Kyrgyzstan–China ties; Kyrgyzstan–Russia; good-neighbourliness; 1996—1997')).toEqual([
      'Kyrgyzstan',
      'China',
      'Russia',
      '1996',
      '1997',
    ]);
  });
});

describe('dashWordsOfHtml', () => {
  it('lists the words of dash pairs in text, not in tags, with dash entities decoded', () => {
    expect(dashWordsOfHtml('<p title="Kyrgyzstan–Japan">Relations <a href="/x/">Kyrgyzstan–China</a> and 1996&ndash;1997</p>')).toBe(
      'Kyrgyzstan China 1996 1997',
    );
  });

  it('is empty without dash pairs', () => {
    expect(dashWordsOfHtml('<p>No pairs here, only good-neighbourliness</p>')).toBe('');
  });
});

describe('editDistance', () => {
  it.each([
    ['kyrgystan', 'kyrgyzstan', 1],
    ['kazakstan', 'kazakhstan', 1],
    ['chnia', 'china', 1],
    ['kirgizstan', 'kyrgyzstan', 2],
    ['sco', 'eco', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it('stops early past the maximum', () => {
    expect(editDistance('uzbekistan', 'afghanistan', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('typoAllowance', () => {
  it.each([
    [3, 0],
    [4, 1],
    [5, 1],
    [6, 2],
    [10, 2],
  ])('length %i allows %i', (length, allowed) => expect(typoAllowance(length)).toBe(allowed));
});

describe('matchNames', () => {
  it.each([
    ['CSTO', '/organizations/csto/'],
    ['csto', '/organizations/csto/'],
    ['ОДКБ', '/organizations/csto/'],
    ['СНГ', '/organizations/cis/'],
    ['Shanghai', '/organizations/sco/'],
    ['SCO', '/organizations/sco/'],
    ['Китай', '/relations/china/'],
    ['PRC', '/relations/china/'],
    ['Kyrgyzstan–China', '/relations/china/'],
    ['Kyrgyzstan - China', '/relations/china/'],
    ['China–Kyrgyzstan', '/relations/china/'],
    ['Kazakstan', '/relations/kazakhstan/'],
    ['Kyrgyz Republic', '/'],
    ['Kirghizia', '/'],
    ['allied relations', '/treaties/kazakhstan-allied-relations-2003/'],
    ['eternal friendship', '/treaties/kazakhstan-eternal-friendship-1997/'],
    ['kaz', '/relations/kazakhstan/'],
  ])('%j names %s first', (query, url) => expect(first(query)).toBe(url));

  it('ranks an exact name above pages whose longer names contain it', () => {
    const urls = matchNames('China', LIST).matches.map((m) => m.url);
    expect(urls[0]).toBe('/relations/china/');
    expect(urls).toContain('/treaties/china-border-agreement/');
  });

  it('matches the words of a pair that no alias names', () => {
    const urls = matchNames('Kazakhstan–China', LIST).matches.map((m) => m.url);
    expect(urls.slice(0, 2).sort()).toEqual(['/relations/china/', '/relations/kazakhstan/']);
  });

  it.each([
    ['Kyrgystan', '/', 'Kyrgyzstan'],
    ['Kazahkstan', '/relations/kazakhstan/', 'Kazakhstan'],
    ['Uzbekstan', '/relations/uzbekistan/', 'Uzbekistan'],
    ['Chnia', '/relations/china/', 'China'],
    ['Казахтан', '/relations/kazakhstan/', 'Казахстан'],
  ])('offers %j → %s for a misspelling, suggesting %j', (query, url, suggestion) => {
    const result = matchNames(query, LIST);
    expect(result.matches[0]).toMatchObject({ url, typo: true });
    expect(result.suggestion).toBe(suggestion);
  });

  it('corrects one word of several', () => {
    expect(matchNames('Shangai cooperation', LIST)).toMatchObject({ suggestion: 'Shanghai cooperation', matches: [{ url: '/organizations/sco/', typo: true }] });
  });

  it('corrects a word of a longer name, pinning the one page whose names have it', () => {
    expect(matchNames('Colective security', LIST)).toEqual({
      suggestion: 'Collective security',
      matches: [{ url: '/organizations/csto/', score: 8, name: 'Collective', typo: true }],
    });
  });

  it('corrects a word many names share without pinning any page', () => {
    expect(matchNames('traety', LIST)).toEqual({ suggestion: 'Treaty', matches: [] });
  });

  it('does not take short acronyms for misspellings of each other', () => {
    expect(matchNames('OSC', LIST)).toEqual({ matches: [] });
    expect(first('ECO')).toBe('/organizations/eco/');
  });

  it('finds nothing for words that are neither names nor close to one', () => {
    expect(matchNames('mountains', LIST)).toEqual({ matches: [] });
    expect(matchNames('   ', LIST)).toEqual({ matches: [] });
  });

  it('caps the number of matches', () => {
    expect(matchNames('kazakhstan', LIST).matches).toHaveLength(3);
    expect(matchNames('kazakhstan', LIST, 2).matches).toHaveLength(2);
  });

  it("matches Kyrgyzstan's own name only to the home page, not to every pair it begins", () => {
    expect(matchNames('Kyrgyzstan', LIST).matches.map((m) => m.url)).toEqual(['/']);
    expect(matchNames('Kyrgyz', LIST).matches.map((m) => m.url)).toEqual(['/']);
  });
});

describe('search state in the URL', () => {
  it('round-trips and drops empty values', () => {
    const state = readSearchState(new URLSearchParams('?q=csto&type=organization&region=&sort=date-desc'));
    expect(state).toEqual({ q: 'csto', type: 'organization', region: '', decade: '', sort: 'date-desc' });
    expect(writeSearchState(state)).toBe('?q=csto&type=organization&sort=date-desc');
    expect(writeSearchState({ q: '', type: '', region: '', decade: '', sort: '' })).toBe('');
  });

  it('keeps the query as text and ignores unknown sorts', () => {
    const state = readSearchState(new URLSearchParams('q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&sort=evil'));
    expect(state.q).toBe('<img src=x onerror=alert(1)>');
    expect(state.sort).toBe('');
    expect(writeSearchState(state)).toBe('?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E');
  });
});

describe('filters for pages found by name', () => {
  const treaty = LIST[8];
  it.each([
    [{ type: 'treaty', region: '', decade: '' }, true],
    [{ type: 'relation', region: '', decade: '' }, false],
    [{ type: '', region: 'Central Asia', decade: '2000s' }, true],
    [{ type: '', region: 'Europe', decade: '' }, false],
    [{ type: '', region: '', decade: '1990s' }, false],
  ])('%j → %s', (filters, expected) => expect(passesFilters(treaty, filters)).toBe(expected));

  it('labels decades', () => {
    expect(decadeLabel('1997-04')).toBe('1990s');
    expect(decadeLabel('2003')).toBe('2000s');
  });
});

describe('filterOptions', () => {
  it('offers the types, regions and decades that occur, in order', () => {
    expect(filterOptions(LIST)).toEqual({
      type: ['relation', 'treaty', 'organization'],
      region: ['Central Asia', 'East Asia'],
      decade: ['1990s', '2000s'],
    });
  });
});

describe('entry metadata and the name list', () => {
  const entry = (collection: string, id: string, data: Record<string, unknown>) => ({ collection, id, data: { notes: [], sources: [], ...data } }) as unknown as AnyEntry;
  const china = entry('countries', 'china', { title: 'China', officialName: "People's Republic of China", aliases: ['Китай', 'Kyrgyzstan–China'], region: 'East Asia', recognised: '1991-12-27' });
  const kazakhstan = entry('countries', 'kazakhstan', { title: 'Kazakhstan', officialName: 'Republic of Kazakhstan', aliases: [], region: 'Central Asia' });
  const sco = entry('organizations', 'sco', { title: 'Shanghai Cooperation Organization', acronym: 'SCO', aliases: ['ШОС'] });
  const treaty = entry('treaties', 'border', { title: 'Border agreement', shortTitle: 'Border agreement', aliases: ['China border agreement'], signed: '1996-04' });
  const priority = entry('priorities', 'neighbours', { title: 'Neighbours' });
  const related: Record<string, AnyEntry[]> = { sco: [china, kazakhstan], border: [china], neighbours: [kazakhstan, china] };
  const index = { related: (e: AnyEntry) => related[e.id] ?? [] } as unknown as SiteIndex;

  it.each([
    [china, { type: 'relation', date: '1991-12-27', decade: '1990s', regions: ['East Asia'], aliases: ["People's Republic of China", 'Китай', 'Kyrgyzstan–China', 'China'] }],
    [sco, { type: 'organization', date: undefined, decade: undefined, regions: ['Central Asia', 'East Asia'], aliases: ['SCO', 'ШОС'] }],
    [treaty, { type: 'treaty', date: '1996-04', decade: '1990s', regions: ['East Asia'], aliases: ['China border agreement'] }],
    [priority, { type: 'priority', date: undefined, decade: undefined, regions: ['Central Asia', 'East Asia'], aliases: [] }],
  ])('searchMeta of %#', (e, expected) => expect(searchMeta(e, index)).toEqual(expected));

  it('lists the home page with Kyrgyzstan’s names, then every entry but sources', () => {
    const entries = { sources: [entry('sources', 's', { title: 'A source' })], countries: [china], treaties: [treaty], organizations: [sco], priorities: [priority], events: [] } as unknown as Entries;
    const list = nameList(entries, index);
    expect(list.map((p) => p.url)).toEqual(['/', '/relations/china/', '/treaties/border/', '/organizations/sco/', '/priorities/neighbours/']);
    expect(list[0].names).toContain('Kirghizia');
    expect(list[1]).toEqual({
      url: '/relations/china/',
      title: 'China',
      type: 'relation',
      date: '1991-12-27',
      regions: ['East Asia'],
      names: ['China', "People's Republic of China", 'Китай', 'Kyrgyzstan–China'],
    });
    expect(list[2].names).toEqual(['Border agreement', 'China border agreement']);
  });
});
