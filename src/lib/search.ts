/**
 * Pure helpers for site search. Pagefind does the full-text part; these cover what it does
 * not: names people use (aliases, acronyms, Russian names) ranked first, pairs joined by an
 * en dash ("Kyrgyzstan–China"), and misspelt names ("Kyrgystan"), which Pagefind cannot match
 * because it has no typo tolerance. The same functions run at build time (page metadata, the
 * name list, the indexed HTML) and in the browser (ranking, "did you mean").
 */
import { allEntries, type AnyEntry, type Entries, type SiteIndex } from './relations.ts';
import { decadeOf } from './dates.ts';
import { entryDate, TYPE_LABEL } from './entries.ts';
import { entryUrl } from './urls.ts';

/** Dashes that join words: hyphen, non-breaking hyphen, figure, en and em dash, bar, minus. */
const DASH = '\\-\\u2010-\\u2015\\u2212';
/** Dashes other than the ASCII hyphen; Pagefind already splits words on the hyphen itself. */
const WIDE_DASH = '\\u2010-\\u2015\\u2212';
const WORD = '[\\p{L}\\p{N}]';
const LETTER = new RegExp(WORD, 'u');

/** The site's own name in every spelling the issue and the sources use; they find the home page. */
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
  'Киргизия',
  'Кыргызская Республика',
  'Киргизская Республика',
];

/**
 * Words that name Kyrgyzstan itself. Almost every page contains them, so in a query such as
 * "Kyrgyzstan–China" they say nothing about which page is wanted: name matching drops them
 * when other words remain.
 */
const SITE_WORDS = new Set(['kyrgyzstan', 'kyrgyz', 'kyrgyzstans', 'republic', 'kirghizia', 'kirgizstan', 'кыргызстан', 'киргизия']);

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

/**
 * The words of every dash-joined pair in a text ("Kyrgyzstan–China" → Kyrgyzstan, China), once
 * each. It looks outwards from each dash rather than matching words, which would try every
 * letter of the page as a start: this runs on every page of the build.
 */
export function dashPairWords(text: string): string[] {
  const words = new Set<string>();
  const isLetter = (at: number) => LETTER.test(text[at] ?? '');
  for (const dash of text.matchAll(new RegExp(`[${WIDE_DASH}]`, 'g'))) {
    let start = dash.index;
    let end = dash.index + 1;
    while (isLetter(start - 1)) start--;
    while (isLetter(end)) end++;
    if (start === dash.index || end === dash.index + 1) continue;
    words.add(text.slice(start, dash.index));
    words.add(text.slice(dash.index + 1, end));
  }
  return [...words];
}

/**
 * The words of the dash pairs in an HTML fragment, space-separated ("" if none). Pages render
 * them into an attribute Pagefind indexes (see BaseLayout), so that "China" finds a page that
 * only says "Kyrgyzstan–China".
 */
export function dashWordsOfHtml(html: string): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&ndash;|&#8211;|&#x2013;/gi, '–')
    .replace(/&mdash;|&#8212;|&#x2014;/gi, '—');
  return dashPairWords(text).join(' ');
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

/** One searchable page and the names that find it; the list is published as /search/names.json. */
export interface SearchName {
  url: string;
  title: string;
  /** The badge: relation, treaty, organization, priority, event, or "overview" for the home page. */
  type: string;
  date?: string;
  /** Regions of the countries involved, for the region filter. */
  regions: string[];
  /** Title, official and short names, acronym and aliases. */
  names: string[];
}

/** What Pagefind stores for an entry page: badge type, date, filters and the names to weight. */
export interface SearchMeta {
  type: string;
  date?: string;
  /** "1990s"; only for dated entries. */
  decade?: string;
  regions: string[];
  /** Other names, with the words of dash-joined ones, indexed as weighted metadata. */
  aliases: string[];
}

/** The names of an entry other than its title. */
function otherNames(entry: AnyEntry): string[] {
  switch (entry.collection) {
    case 'countries':
      return [entry.data.officialName, ...entry.data.aliases];
    case 'organizations':
      return [entry.data.acronym, ...entry.data.aliases];
    case 'treaties':
      return [entry.data.shortTitle, ...entry.data.aliases];
    default:
      return [];
  }
}

/** Regions an entry belongs to: a country's own, otherwise those of the countries it involves. */
function regionsOf(entry: AnyEntry, index: SiteIndex): string[] {
  if (entry.collection === 'countries') return [entry.data.region];
  if (entry.collection === 'sources') return [];
  return [...new Set(index.related(entry, 'countries').map((c) => c.data.region))].sort();
}

/** The label of a decade filter value: 1997 → "1990s". */
export function decadeLabel(date: string): string {
  return `${decadeOf(date)}s`;
}

/** Search metadata of an entry page (see SearchMeta). */
export function searchMeta(entry: AnyEntry, index: SiteIndex): SearchMeta {
  const date = entryDate(entry);
  const names = otherNames(entry).filter((name) => name !== entry.data.title);
  // The words of "Kyrgyzstan–China" make "China" find the page; "Kyrgyzstan" is on every page.
  const pairWords = dashPairWords(names.join(' ')).filter((word) => !SITE_WORDS.has(normalize(word)));
  const aliases = [...new Set([...names, ...pairWords])];
  return {
    type: TYPE_LABEL[entry.collection],
    date,
    decade: date ? decadeLabel(date) : undefined,
    regions: regionsOf(entry, index),
    aliases,
  };
}

/** Every page that names can find: the home page (Kyrgyzstan's own names) and every entry but sources. */
export function nameList(entries: Entries, index: SiteIndex): SearchName[] {
  const home: SearchName = { url: '/', title: "Kyrgyzstan's foreign policy", type: 'overview', regions: [], names: SITE_NAMES };
  const all = allEntries(entries).filter((e) => e.collection !== 'sources');
  return [
    home,
    ...all.map((entry) => {
      const date = entryDate(entry);
      return {
        url: entryUrl(entry.collection, entry.id),
        title: entry.data.title,
        type: TYPE_LABEL[entry.collection],
        ...(date ? { date } : {}),
        regions: regionsOf(entry, index),
        names: [...new Set([entry.data.title, ...otherNames(entry)])],
      };
    }),
  ];
}

/** A page found by one of its names, with how well the name matched. */
export interface NameMatch {
  url: string;
  /** Higher is better: 100 exact, 90 exact once Kyrgyzstan's own name is set aside, 80 prefix, 60 phrase, 40 all words, 20 some words, below 10 a misspelling. */
  score: number;
  /** The name that matched, as written in the content. */
  name: string;
  /** True when the name only matched as a misspelling. */
  typo: boolean;
}

/** The result of matching a query against the name list. */
export interface NameMatches {
  matches: NameMatch[];
  /** The query with misspelt names corrected, when a word matched no name but was close to one. */
  suggestion?: string;
}

const isWordPrefix = (name: string, query: string) => name === query || name.startsWith(`${query} `);
const containsPhrase = (name: string, query: string) => ` ${name} `.includes(` ${query} `);

/**
 * How well a normalized query matches one normalized name (0 for not at all). `core` is the
 * query without Kyrgyzstan's own name, or "" when nothing else is left: then only the home page
 * matches beyond an exact name, as "Kyrgyzstan" begins every "Kyrgyzstan–X" alias.
 */
function nameScore(name: string, query: string, core: string, isSite: boolean): number {
  if (name === query) return 100;
  const text = isSite || core === '' ? query : core;
  if (!isSite && core === '') return 0;
  if (text !== query && name === text) return 90;
  const coverage = text.length / name.length;
  if (text.length >= 2 && name.startsWith(text)) return (isWordPrefix(name, text) ? 80 : 70) + coverage;
  if (isSite) return 0;
  if (text.length >= 3 && containsPhrase(name, text)) return 60 + coverage;
  const words = text.split(' ');
  const nameWords = new Set(name.split(' '));
  if (words.length > 1 && words.every((w) => nameWords.has(w))) return 40 + coverage;
  return 0;
}

interface PreparedName {
  page: SearchName;
  names: { name: string; norm: string }[];
}
/** A word that occurs in names: how it is written, and which pages it names. */
interface NameWord {
  display: string;
  /** Pages of which this word is a whole name ("china" for the China page). */
  wholeNameOf: Set<string>;
  /** Pages with a name containing this word. */
  pages: Set<string>;
}
interface Prepared {
  pages: PreparedName[];
  words: Map<string, NameWord>;
}
const prepared = new WeakMap<readonly SearchName[], Prepared>();

/** The name list with every name normalized once, and the words of all names (cached per list). */
function prepare(list: readonly SearchName[]): Prepared {
  let found = prepared.get(list);
  if (found) return found;
  const pages = list.map((page) => ({ page, names: page.names.map((name) => ({ name, norm: normalize(name) })) }));
  const words = new Map<string, NameWord>();
  for (const { page, names } of pages) {
    for (const { name, norm } of names) {
      for (const token of name.split(/\s+/)) {
        const word = normalize(token);
        if (!word || word.includes(' ')) continue;
        if (!words.has(word)) words.set(word, { display: token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), wholeNameOf: new Set(), pages: new Set() });
        const info = words.get(word)!;
        info.pages.add(page.url);
        if (word === norm) info.wholeNameOf.add(page.url);
      }
    }
  }
  found = { pages, words };
  prepared.set(list, found);
  return found;
}

/**
 * Finds the pages a query names, best first. When nothing matches, a query one or two letters
 * off a whole name, or words one or two letters off words of names (see typoAllowance), yield
 * matches flagged `typo` and a corrected query. `limit` caps the number of matches returned.
 */
export function matchNames(query: string, list: readonly SearchName[], limit = 5): NameMatches {
  const q = normalize(query);
  if (!q) return { matches: [] };
  const { pages, words: vocabulary } = prepare(list);
  const words = q.split(' ');
  const coreWords = words.filter((w) => !SITE_WORDS.has(w));
  const core = coreWords.join(' ');
  const best = new Map<string, NameMatch>();
  const keep = (m: NameMatch) => {
    const old = best.get(m.url);
    if (!old || m.score > old.score) best.set(m.url, m);
  };

  for (const { page, names } of pages) {
    const isSite = page.url === '/';
    for (const { name, norm } of names) {
      const score = nameScore(norm, q, core, isSite);
      if (score > 0) keep({ url: page.url, score, name, typo: false });
    }
    // A multi-word query in which some words are whole names: "kazakhstan china".
    if (!isSite && coreWords.length > 1) {
      const hits = coreWords.filter((w) => names.some((n) => n.norm === w));
      if (hits.length > 0) keep({ url: page.url, score: 20 + (10 * hits.length) / coreWords.length, name: page.title, typo: false });
    }
  }
  if (best.size > 0) return { matches: ranked(best, limit) };

  // Nothing matched: look for misspellings among words that are not (the start of) a name word.
  const known = (w: string) => vocabulary.has(w) || [...vocabulary.keys()].some((v) => v.startsWith(w));
  const unknown = words.filter((w) => !known(w));
  if (unknown.length === 0) return { matches: [] };
  let suggestion: string | undefined;
  let whole: { name: string; d: number } | undefined;
  for (const { page, names } of pages) {
    for (const { name, norm } of names) {
      const allowed = typoAllowance(Math.min(q.length, norm.length));
      const d = editDistance(q, norm, allowed);
      if (d > allowed) continue;
      keep({ url: page.url, score: 10 - d, name, typo: true });
      if (!whole || d < whole.d) whole = { name, d };
    }
  }
  if (whole) suggestion = whole.name;
  else {
    const fixes = new Map<string, { word: string; info: NameWord; d: number }>();
    for (const w of unknown) {
      for (const [word, info] of vocabulary) {
        const allowed = typoAllowance(Math.min(w.length, word.length));
        const d = editDistance(w, word, allowed);
        const old = fixes.get(w);
        const better = !old || d < old.d || (d === old.d && info.wholeNameOf.size > old.info.wholeNameOf.size);
        if (d <= allowed && better) fixes.set(w, { word, info, d });
      }
    }
    if (fixes.size === 0) return { matches: [] };
    for (const { info, d } of fixes.values()) {
      // Pin the pages the word names outright, or the one page whose names contain it.
      const urls = info.wholeNameOf.size > 0 ? info.wholeNameOf : info.pages.size === 1 ? info.pages : new Set<string>();
      for (const url of urls) keep({ url, score: 9 - d, name: info.display, typo: true });
    }
    suggestion = words.map((w) => fixes.get(w)?.info.display ?? w).join(' ');
  }
  return { matches: ranked(best, limit), suggestion };
}

function ranked(best: Map<string, NameMatch>, limit: number): NameMatch[] {
  return [...best.values()].sort((a, b) => b.score - a.score || a.url.localeCompare(b.url)).slice(0, limit);
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

/** Whether a listed page passes the active filters (used for pages found by name). */
export function passesFilters(page: SearchName, state: Pick<SearchState, 'type' | 'region' | 'decade'>): boolean {
  if (state.type && page.type !== state.type) return false;
  if (state.region && !page.regions.includes(state.region)) return false;
  if (state.decade && (!page.date || decadeLabel(page.date) !== state.decade)) return false;
  return true;
}

/** The values offered by the filters on /search/, in display order, from the name list. */
export function filterOptions(list: readonly SearchName[]): { type: string[]; region: string[]; decade: string[] } {
  const order = Object.values(TYPE_LABEL) as string[];
  const types = new Set(list.map((page) => page.type).filter((type) => order.includes(type)));
  return {
    type: order.filter((type) => types.has(type)),
    region: [...new Set(list.flatMap((page) => page.regions))].sort((a, b) => a.localeCompare(b, 'en')),
    decade: [...new Set(list.flatMap((page) => (page.date ? [decadeLabel(page.date)] : [])))].sort(),
  };
}
