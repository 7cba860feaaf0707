/** The in-browser half of search (src/lib/search-query.ts): query words, fallbacks, corrections, URL state. */
import { describe, expect, it } from 'vitest';
import {
  aliasFor,
  closestNames,
  correctQuery,
  editDistance,
  fallbackQueries,
  isSiteName,
  nameShardKey,
  nameToken,
  normalize,
  queryWords,
  readSearchState,
  sameWord,
  splitDashes,
  typoAllowance,
  withoutSiteNames,
  writeSearchState,
  type Closest,
} from '../../src/lib/search-query.ts';

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

describe("Kyrgyzstan's own names in a query", () => {
  it.each([
    // Every spelling in the one list of names is set aside, not only some (Kirgizia used to score 25 where Kyrgyzstan scored 100).
    ['Kyrgyzstan–China', ['China']],
    ['Kirgizia–China', ['China']],
    ['Kirghizia-Russia', ['Russia']],
    ['Kyrgyz Republic–China', ['China']],
    ['Кыргызская Республика – Китай', ['Китай']],
    ["Kyrgyzstan's neighbours", ['neighbours']],
    // Russian names decline: any case of them goes too.
    ['отношения Кыргызстана с Китаем', ['отношения', 'с', 'Китаем']],
    ['Кыргызской Республики–Казахстана', ['Казахстана']],
    // A word that only begins like a name stays.
    ['Кыргызы', ['Кыргызы']],
    // Only a whole name goes: "Kyrgyz" alone and "Republic" alone are ordinary words.
    ['Kyrgyz language', ['Kyrgyz', 'language']],
    ['Republic of Kazakhstan', ['Republic', 'of', 'Kazakhstan']],
    // Nothing else left: the name stays, and finds the home page.
    ['Kyrgyz Republic', ['Kyrgyz', 'Republic']],
    ['Kirghizia', ['Kirghizia']],
  ])('%j → %j', (query, expected) => expect(withoutSiteNames(queryWords(query))).toEqual(expected));

  it.each([
    ['Kyrgyzstan', true],
    ['Kyrgyz Republic', true],
    ['Кыргызстан', true],
    ['Кыргызстаном', true],
    ['Кыргызской Республике', true],
    ['Kyrgyzstan–China', false],
    ['Kyrgyz', false],
    ['', false],
  ])('%j is one of its names: %s', (query, expected) => expect(isSiteName(query)).toBe(expected));
});

describe('fallbackQueries', () => {
  it.each([
    // The CSTO page writes "airbase": adjacent words joined come first, then one word left out.
    [['Kant', 'air', 'base'], ['Kantair base', 'Kant airbase', 'air base', 'Kant base', 'Kant air', 'Kant', 'air', 'base']],
    [['eternal', 'friendship'], ['eternalfriendship', 'friendship', 'eternal']],
    [['China'], []],
  ])('%j → %j', (words, expected) => expect(fallbackQueries(words)).toEqual(expected));
});

describe('editDistance', () => {
  it.each([
    ['kyrgystan', 'kyrgyzstan', 1],
    ['kazakstan', 'kazakhstan', 1],
    ['chnia', 'china', 1],
    ['kirgizstan', 'kyrgyzstan', 2],
    ['frence', 'greece', 2],
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

describe('sameWord: Pagefind found the typed word, or a loose stand-in for an unknown one', () => {
  it.each([
    ['china', 'China.', true],
    ['shang', 'Shanghai', true],
    ['borders', 'border', true],
    ['treaties', 'treaty', true],
    ['Türkiye', 'TÜRKIYE', true],
    ['chnia', 'CHN', false],
    ['kazahkstan', 'KAZ', false],
    ['shangai', 'S.', false],
    ['uzbekstan', 'Uzbekistan', false],
  ])('%j, highlighted %j → %s', (typed, marked, expected) => expect(sameWord(typed, marked)).toBe(expected));
});

describe('corrections', () => {
  const VOCABULARY = ['China', 'Chinese', 'Greece', 'Kazakhstan', 'Kazakstan', 'Kyrgyzstan', 'Shanghai', 'Uzbekistan', 'Georgia', 'Gorgia'];

  it.each([
    ['Chnia', { d: 1, names: ['China'] }],
    ['Kyrgystan', { d: 1, names: ['Kyrgyzstan'] }],
    ['Kazahkstan', { d: 1, names: ['Kazakhstan', 'Kazakstan'] }],
    ['Frence', { d: 2, names: ['Greece'] }],
    ['China', undefined],
    ['Xyzzyx', undefined],
  ])('closestNames(%j) → %j', (word, expected) => expect(closestNames(word, VOCABULARY)).toEqual(expected));

  const fix = (entries: [string, Closest][]) => new Map(entries);
  it.each([
    // One name one letter away: searched at once.
    [['Chnia'], fix([['Chnia', { d: 1, names: ['China'] }]]), { query: 'China', sure: true }],
    [['Chnia', 'border'], fix([['Chnia', { d: 1, names: ['China'] }]]), { query: 'China border', sure: true }],
    // Two letters away ("Frence" is not "Greece"), or two names equally close: only offered.
    [['Frence'], fix([['Frence', { d: 2, names: ['Greece'] }]]), { query: 'Greece', sure: false }],
    [['Gergia'], fix([['Gergia', { d: 1, names: ['Georgia', 'Gorgia'] }]]), { query: 'Georgia', sure: false }],
    [['Chnia', 'Frence'], fix([['Chnia', { d: 1, names: ['China'] }], ['Frence', { d: 2, names: ['Greece'] }]]), { query: 'China Greece', sure: false }],
    [['China'], fix([]), undefined],
  ])('%j → %j', (words, fixes, expected) => expect(correctQuery(words, fixes)).toEqual(expected));

  it.each([
    ['Kazakhstan', 'k'],
    ['chnia', 'c'],
    ['Öresund', 'o'],
    ['1997', '1'],
    ['Китай', 'u43a'],
    ['ОДКБ', 'u43e'],
  ])('the name words of %j are in file %j', (word, key) => expect(nameShardKey(word)).toBe(key));
});

describe('names of a result', () => {
  it.each([
    // One word per name, the same however it is typed; it begins with the name, so it sits
    // beside the name's first word in Pagefind's index.
    ['China', 'chinaqqname'],
    ['  china ', 'chinaqqname'],
    ['Russian Federation', 'russianfederationqqname'],
    ['Kyrgyzstan–China', 'kyrgyzstanchinaqqname'],
    ['ОДКБ', 'одкбqqname'],
    // Cyrillic words lose their case ending: every case of a name is the same word.
    ['Китай', 'китаqqname'],
    ['Китаем', 'китаqqname'],
    ['Россия', 'россqqname'],
    ['России', 'россqqname'],
    ['Россией', 'россqqname'],
    ['Кыргызской Республики', 'кыргызскреспубликqqname'],
  ])('nameToken(%j) → %j', (name, token) => expect(nameToken(name)).toBe(token));

  it.each([
    ['ОДКБ', 'Collective Security Treaty Organization', ['CSTO', 'ОДКБ'], 'ОДКБ'],
    ['Kyrgyzstan–China', 'China', ['Kyrgyzstan–China', 'Китай'], undefined],
    ['PRC', 'China', ["People's Republic of China", 'PRC'], 'PRC'],
    ['csto', 'Collective Security Treaty Organization', ['CSTO'], 'CSTO'],
    ['security', 'Collective Security Treaty Organization', ['CSTO'], undefined],
  ])('%j on %j: also called %j', (query, title, aliases, expected) => expect(aliasFor(query, title, aliases)).toBe(expected));
});

describe('search state in the URL', () => {
  it('reads and writes filters and sort, leaving out empty values', () => {
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
