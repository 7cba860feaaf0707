/**
 * Search in the browser: what a reader typed, turned into Pagefind queries, and misspelt names
 * corrected. Pagefind does the full-text part and finds pages by their names (each entry gives
 * its aliases as weighted metadata, see search-records.ts); this covers what it does not: words
 * joined by a dash ("Kyrgyzstan–China"), Kyrgyzstan's own names (on every page, so they say
 * nothing about which page is wanted), a word the page writes differently ("air base" where the
 * page has "airbase"), and misspellings, since Pagefind has no typo tolerance.
 */

/**
 * The site's own name in every spelling the issue, the sources and the translations use (the
 * Russian pages write "Кыргызстан" and "Кыргызская Республика"). The one list: the home page is
 * found by them (search-records.ts), and queries set them aside (withoutSiteNames), in any case
 * ending ("Кыргызстана", "Кыргызской Республики").
 */
export const SITE_NAMES = [
  'Kyrgyzstan',
  'Kyrgyz Republic',
  'Kirghizia',
  'Kirgizia',
  'Kirgizstan',
  'Kirghizstan',
  'Kyrgyzia',
  'Kirghiz SSR',
  'Kyrgyz SSR',
  'Кыргызстан',
  'Кыргызская Республика',
];

/** Dashes that join words: hyphen, non-breaking hyphen, figure, en and em dash, bar, minus. */
const DASH = '\\-\\u2010-\\u2015\\u2212';
const WORD = '[\\p{L}\\p{N}]';

/** Lower case, no accents, apostrophes dropped, every other non-letter a single space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A query as Pagefind should receive it: words joined by any dash become separate words,
 * because Pagefind indexes "Kyrgyzstan–China" as one word that "China" does not match.
 */
export function splitDashes(query: string): string {
  return query.replace(new RegExp(`(?<=${WORD})[${DASH}]+(?=${WORD})`, 'gu'), ' ').replace(/\s+/g, ' ').trim();
}

/** The words of a query, dashes split: "Kyrgyzstan–China talks" → Kyrgyzstan, China, talks. */
export function queryWords(query: string): string[] {
  return splitDashes(query)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Each of Kyrgyzstan's names as its normalized words, longest first so "Kyrgyz Republic" wins over shorter names. */
const SITE_NAME_WORDS = SITE_NAMES.map((name) => normalize(name).split(' ')).sort((a, b) => b.length - a.length);

/**
 * Russian case endings of normalized words (normalize writes й as и), longest first. Cyrillic
 * names decline ("Кыргызстаном", "Кыргызской Республики"); a word and a name word are the same
 * name when they are equal without one.
 */
const CASE_ENDING = /(иеи|ами|ями|ого|его|ому|ему|ои|еи|ыи|ии|ия|ию|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю|ом|ем|ам|ям|ах|ях|ою|ею|а|я|у|ю|е|и|ы|о|ь)$/u;

/**
 * A normalized word without its case ending, if it is Cyrillic and keeps three letters
 * ("казахстана" → "казахстан", "россиеи" → "росси"); other words as they are.
 */
export function stem(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word)) return word;
  const short = word.replace(CASE_ENDING, '');
  return short.length >= 3 ? short : word;
}

/** Whether a normalized query word is a normalized name word, in any case ending. */
export function sameNameWord(word: string, name: string): boolean {
  return word === name || stem(word) === stem(name);
}

/** For each word of a query, whether it is part of one of Kyrgyzstan's names (also in the possessive, "Kyrgyzstan's", or declined). */
function siteNameMask(words: string[]): boolean[] {
  const norm = words.map((word) => normalize(word.replace(/['’ʼ]s$/u, '')));
  const mask = words.map(() => false);
  for (let i = 0; i < words.length; i++) {
    const name = SITE_NAME_WORDS.find((parts) => parts.every((part, j) => norm[i + j] !== undefined && sameNameWord(norm[i + j], part)));
    if (name) name.forEach((_, j) => (mask[i + j] = true));
  }
  return mask;
}

/**
 * The words of a query with Kyrgyzstan's names left out, unless nothing else is left:
 * "Kirgizia–China" → China, but "Kyrgyz Republic" stays.
 */
export function withoutSiteNames(words: string[]): string[] {
  const mask = siteNameMask(words);
  const rest = words.filter((_, i) => !mask[i]);
  return rest.length > 0 ? rest : words;
}

/** Whether a query is one of Kyrgyzstan's own names (it then finds the home page first). */
export function isSiteName(query: string): boolean {
  const words = queryWords(query);
  return words.length > 0 && siteNameMask(words).every(Boolean);
}

/**
 * Whether a word Pagefind highlighted (`marked`) is the typed word itself, a longer word it
 * begins (Pagefind matches prefixes) or another form of it ("borders" → "border"). When
 * Pagefind does not know a word it returns loose stand-ins ("Chnia" → "CHN", "Shangai" →
 * "S."), which this tells apart, so that the word can be corrected.
 */
export function sameWord(typed: string, marked: string): boolean {
  const a = normalize(typed);
  const b = normalize(marked);
  let common = 0;
  while (common < Math.min(a.length, b.length) && a[common] === b[common]) common++;
  if (common === a.length) return true;
  // A stand-in is a shorter word the typed one begins with; a stem drops only an ending.
  if (common === b.length) return /^(s|es|d|ed|ing|ly)$/.test(a.slice(common));
  return common >= 4 && a.length - common <= 3 && b.length - common <= 3;
}

/**
 * Queries to try, best first, when the words of a query do not all occur on one page (Pagefind
 * finds only pages with every word it knows): adjacent words joined ("Kant air base" → "Kant
 * airbase"), then the query with one word left out, each in turn, then each word alone.
 */
export function fallbackQueries(words: string[]): string[] {
  if (words.length < 2) return [];
  const joined = words.slice(1).map((_, i) => [...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)].join(' '));
  const fewer = words.map((_, i) => words.filter((_, j) => j !== i).join(' '));
  return [...new Set([...joined, ...fewer, ...words])];
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions):
 * the number of single-letter insertions, deletions, substitutions and swaps from a to b.
 * Stops early and returns `max + 1` once the distance is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * How many letters a word of this length may be off and still count as a misspelling of a
 * name: none up to three letters (SCO, CIS and ECO are one letter apart), one up to five,
 * two from six on.
 */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

/**
 * The file of the name-word list holding words that begin like this word: its first letter
 * ("k"), or the code point for other scripts ("u43a" for "к"). The list is split by first
 * letter so that a correction loads one small file, whatever the size of the site.
 */
export function nameShardKey(word: string): string {
  const first = normalize(word).charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : `u${first.codePointAt(0)!.toString(16)}`;
}

/** The name words closest to a word, and how many letters off they are. */
export interface Closest {
  d: number;
  /** As written in the names, each spelling once. */
  names: string[];
}

/**
 * The words of the site's names (`vocabulary`, as written) closest to a word, if any is close
 * enough to be what was meant (see typoAllowance); undefined also when the word is a name word.
 */
export function closestNames(word: string, vocabulary: readonly string[]): Closest | undefined {
  const w = normalize(word);
  let best = { d: Infinity, names: new Map<string, string>() };
  for (const name of vocabulary) {
    const norm = normalize(name);
    const allowed = typoAllowance(Math.min(w.length, norm.length));
    const d = editDistance(w, norm, allowed);
    if (d > allowed || d > best.d) continue;
    if (d < best.d) best = { d, names: new Map() };
    best.names.set(norm, name);
  }
  return best.names.size === 0 || best.d === 0 ? undefined : { d: best.d, names: [...best.names.values()] };
}

/** A corrected query. */
export interface Correction {
  query: string;
  /**
   * True when every corrected word had exactly one name one letter away: then the correction
   * is searched at once; otherwise it is only offered ("Did you mean").
   */
  sure: boolean;
}

/**
 * The query with each word in `fixes` replaced by its closest name. "Frence" is two letters
 * from "Greece", so that correction would only be offered, never searched in its place.
 */
export function correctQuery(words: string[], fixes: ReadonlyMap<string, Closest>): Correction | undefined {
  if (fixes.size === 0) return undefined;
  const sure = [...fixes.values()].every((fix) => fix.d === 1 && fix.names.length === 1);
  return { query: words.map((word) => fixes.get(word)?.names[0] ?? word).join(' '), sure };
}

/** The state of a search, as kept in the URL of /search/ so that it can be shared and reloaded. */
export interface SearchState {
  q: string;
  type: string;
  region: string;
  decade: string;
  /** "" for relevance, "date-asc" or "date-desc". */
  sort: string;
}

export const FILTER_KEYS = ['type', 'region', 'decade'] as const;

/** Reads the search state from a query string; unknown sort values fall back to relevance. */
export function readSearchState(params: URLSearchParams): SearchState {
  const get = (key: string) => (params.get(key) ?? '').trim();
  const sort = get('sort');
  return { q: get('q'), type: get('type'), region: get('region'), decade: get('decade'), sort: ['date-asc', 'date-desc'].includes(sort) ? sort : '' };
}

/** Writes the search state as a query string, leaving out empty values: "?q=csto&type=organization". */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  for (const key of ['q', ...FILTER_KEYS, 'sort'] as const) if (state[key]) params.set(key, state[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Joins a page's other names in its Pagefind metadata (names may contain commas). */
export const ALIAS_SEPARATOR = ' | ';

/**
 * A page's name as one made-up word that Pagefind indexes in the page's metadata ("China" →
 * "chinaqqname"): searching for it finds the pages with exactly that name, and no page whose
 * name only begins with it, though Pagefind matches words by their beginning. It begins with
 * the name so that it sits in the same part of the index as the name's first word, which a
 * search loads anyway. Cyrillic words lose their case ending, so that "Китаем" and "с Россией"
 * find the pages named Китай and Россия first.
 */
export function nameToken(name: string): string {
  return `${normalize(name).split(' ').map(stem).join('')}qqname`;
}

/**
 * The alias to show as "Also called …" on a result found by a name other than its title: the
 * first of the page's other names that contains the query, or undefined.
 */
export function aliasFor(query: string, title: string, aliases: readonly string[]): string | undefined {
  const q = normalize(withoutSiteNames(queryWords(query)).join(' '));
  if (!q || ` ${normalize(title)} `.includes(` ${q} `)) return undefined;
  return aliases.find((alias) => ` ${normalize(alias)} `.includes(` ${q} `));
}
