/**
 * Search at build time: what each page gives Pagefind (one record per entry, its other names
 * as weighted metadata), the list of name words split by first letter that the browser loads
 * to correct misspellings, and the A–Z lists that stand in for search without JavaScript.
 * What runs in the browser is in search-query.ts.
 */
import { allEntries, type AnyEntry, type Entries, type SiteIndex } from './relations.ts';
import { decadeOf } from './dates.ts';
import { entryDate } from './entries.ts';
import type { CollectionName, REGIONS } from './schema.ts';

/** A region of the world, as the content names it. */
export type Region = (typeof REGIONS)[number];
import { nameShardKey, nameToken, normalize, SITE_NAMES, typoAllowance, withoutSiteNames } from './search-query.ts';

/** Dashes other than the ASCII hyphen; Pagefind already splits words on the hyphen itself. */
const WIDE_DASH = '\\u2010-\\u2015\\u2212';
const LETTER = /[\p{L}\p{N}]/u;

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
 * HTML with a space after each description-list item, table cell and caption. Astro drops the whitespace
 * between tags and Pagefind does not treat these elements as word breaks, so the facts panel
 * was indexed as "AcronymSCOAlso known as…". Browsers ignore the space between such boxes.
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(dt|dd|td|th|caption)>/g, '$& ');
}

/**
 * What Pagefind stores for a page: badge type, date, filters and the names to weight. Type,
 * decade and regions are language-independent here; SearchMeta.astro writes them in the page's
 * language, as each language has its own index and its filter values are in that language.
 */
export interface SearchMeta {
  /** The entry's collection, or "overview" for the home page. */
  kind: CollectionName | 'overview';
  date?: string;
  /** The first year of the decade (1990); only for dated entries. */
  decade?: number;
  regions: Region[];
  /** Other names, with the words of dash-joined ones, indexed as weighted metadata. */
  aliases: string[];
  /** Every name of the page as a nameToken, so that a query that is a whole name finds it first. */
  tokens: string[];
}

/** The names of an entry other than its title. */
function otherNames(entry: AnyEntry): string[] {
  const names = (() => {
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
  })();
  return names.filter((name) => name !== entry.data.title);
}

/** Regions an entry belongs to: a country's own, otherwise those of the countries it involves. */
function regionsOf(entry: AnyEntry, index: SiteIndex): Region[] {
  if (entry.collection === 'countries') return [entry.data.region];
  if (entry.collection === 'sources') return [];
  return [...new Set(index.related(entry, 'countries').map((c) => c.data.region))].sort();
}

/** Search metadata of an entry page (see SearchMeta). */
export function searchMeta(entry: AnyEntry, index: SiteIndex): SearchMeta {
  const date = entryDate(entry);
  const names = otherNames(entry);
  // The words of "Kyrgyzstan–China" make "China" find the page; Kyrgyzstan is on every page.
  const pairWords = withoutSiteNames(dashPairWords(names.join(' ')));
  return {
    kind: entry.collection,
    date,
    decade: date ? decadeOf(date) : undefined,
    regions: regionsOf(entry, index),
    aliases: [...new Set([...names, ...pairWords])],
    tokens: nameTokens([entry.data.title, ...names]),
  };
}

/** The most words a name may have to be typed whole as a query ("Collective Security Treaty Organization"). */
const TYPED_NAME_WORDS = 4;

/**
 * The nameTokens of the names short enough to be typed whole, each once. Long titles ("Treaty
 * of Eternal Friendship between …") are left out: they would only make the index bigger.
 */
function nameTokens(names: string[]): string[] {
  return [...new Set(names.filter((name) => normalize(name).split(' ').length <= TYPED_NAME_WORDS).map(nameToken))];
}

/** Search metadata of the home page: it is the page Kyrgyzstan's own names find. */
export const HOME_SEARCH_META: SearchMeta = { kind: 'overview', regions: [], aliases: SITE_NAMES, tokens: nameTokens(SITE_NAMES) };

/**
 * The values the filters on /search/ offer: the collections, regions and decades that occur
 * (sources are not searched by type). The page orders and labels them in its language.
 */
export function filterOptions(entries: Entries, index: SiteIndex): { kind: Set<CollectionName>; region: Set<Region>; decade: number[] } {
  const metas = allEntries(entries)
    .filter((e) => e.collection !== 'sources')
    .map((e) => searchMeta(e, index));
  return {
    kind: new Set(metas.map((m) => m.kind as CollectionName)),
    region: new Set(metas.flatMap((m) => m.regions)),
    decade: [...new Set(metas.flatMap((m) => (m.decade ? [m.decade] : [])))].sort(),
  };
}

/**
 * The words of every name on the site (titles, other names, Kyrgyzstan's names) long enough to
 * be corrected (see typoAllowance), as written, grouped by nameShardKey and sorted. The browser
 * loads one group to correct a word, so the bytes of a correction stay small as the site grows.
 */
export function nameShards(entries: Entries): Map<string, string[]> {
  const names = [
    ...SITE_NAMES,
    ...allEntries(entries)
      .filter((e) => e.collection !== 'sources')
      .flatMap((e) => [e.data.title, ...otherNames(e)]),
  ];
  const words = new Map<string, string>();
  for (const token of names.flatMap((name) => name.split(/[\s\u2010-\u2015\u2212/]+/u))) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
    const norm = normalize(word);
    if (typoAllowance(norm.length) > 0 && !norm.includes(' ') && !words.has(norm)) words.set(norm, word);
  }
  const shards = Map.groupBy([...words.values()], nameShardKey);
  for (const list of shards.values()) list.sort((a, b) => a.localeCompare(b, 'en'));
  return shards;
}

/** The most entries on one A–Z page, so that no page grows with the site. */
export const AZ_PAGE_SIZE = 200;

/**
 * The A–Z heading of a title: its first letter, in any alphabet, a Latin one without accents
 * ("Öresund" → O, "Китай" → К, "Йемен" → Й), "0–9" for a digit, "#" for anything else.
 */
export function azLetter(title: string): string {
  const first = title.match(/[\p{L}\p{N}]/u)?.[0] ?? '';
  // Accents go from Latin letters only: Cyrillic Й is a letter of its own, not И with a mark.
  const letter = /\p{Script=Latin}/u.test(first) ? first.normalize('NFKD').charAt(0) : first;
  if (/\p{L}/u.test(letter)) return letter.toUpperCase();
  return /\d/.test(letter) ? '0–9' : '#';
}

/** Every entry grouped by azLetter, groups and entries in the alphabetical order of `collation` (an Intl locale). */
export function azGroups(entries: Entries, collation: string): Map<string, AnyEntry[]> {
  const sorted = allEntries(entries).sort((a, b) => a.data.title.localeCompare(b.data.title, collation));
  const groups = Map.groupBy(sorted, (e) => azLetter(e.data.title));
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, collation)));
}
