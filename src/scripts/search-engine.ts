/**
 * The search itself, shared by the header box and /search/. Pagefind finds pages by their text
 * and by their names (weighted metadata); around it: Kyrgyzstan's own names set aside, fallback
 * queries when the words do not all occur on one page, and misspelt names corrected from the
 * name words of one first letter (/search/names/<letter>.json), loaded only when a word is unknown.
 */
import {
  closestNames,
  correctQuery,
  fallbackQueries,
  nameShardKey,
  nameToken,
  normalize,
  queryWords,
  sameWord,
  typoAllowance,
  withoutSiteNames,
  type Closest,
  type SearchState,
} from '../lib/search-query.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { nameShardUrl } from '../lib/urls.ts';
import { strings } from './search-strings.ts';

/** The parts of Pagefind's browser API used here (pagefind.app/docs/api/). */
export interface PagefindResult {
  id: string;
  score: number;
  /** Where in the page's text the query matched (empty for a match in metadata only). */
  words: number[];
  /** The metadata fields the query matched. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  /** HTML: Pagefind escapes the page text and adds <mark> around matches. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: PagefindResult[];
}
type Filters = Record<string, string>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

export interface Outcome {
  /** The query whose results are shown: the typed one, or its correction. */
  shown: string;
  /** Set when the typed query found nothing and the results are for this corrected query. */
  corrected?: string;
  /** A corrected query offered as "Did you mean", when the correction is not certain. */
  suggestion?: string;
  results: PagefindResult[];
}

/** Below this many results, fallback queries add the pages that most of the words find. */
const FEW = 5;

/** The message of the error thrown when the site has no search index, as under `astro dev` (shown as the dictionary's needsBuild). */
export const NEEDS_BUILD = 'needs-build';

let pagefind: Promise<Pagefind> | undefined;
const shards = new Map<string, Promise<string[]>>();

/** Loads Pagefind once, on the main thread (its worker would cost 12 KB more per cold search). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url).catch((error) => {
      throw import.meta.env.DEV ? new Error(NEEDS_BUILD) : error;
    })) as Pagefind;
    // On /search/ the entry file is preloaded under this tag (src/integrations/pagefind.ts).
    const tag = document.querySelector<HTMLLinkElement>('link[data-pagefind-tag]')?.dataset.pagefindTag;
    await module.options({ noWorker: true, excerptLength: 22, ranking: { metaWeights: { title: 6, aliases: 8 } }, ...(tag && { metaCacheTag: tag }) });
    const ready = module.init();
    warmIntl();
    await ready;
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/**
 * Loads the locale data of the Intl objects that the first search and its results make, while
 * the index and the WebAssembly download: Pagefind's search makes an Intl.Segmenter, whose first
 * one in a page takes tens of milliseconds, and each result's date needs a date formatter.
 */
function warmIntl(): void {
  if (typeof Intl.Segmenter === 'function') new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' });
  strings()
    .then((s) => formatPartialDate('2000-01-01', s.intl))
    .catch(() => undefined);
}

/** The name words of the page's language beginning like `word`, loaded once per first letter; [] if unavailable. */
function nameWords(word: string): Promise<string[]> {
  const key = nameShardKey(word);
  if (!shards.has(key)) {
    const list = strings()
      .then((s) => fetch(nameShardUrl(key, s.locale)))
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    shards.set(key, list);
  }
  return shards.get(key)!;
}

/** Starts loading the index, its WebAssembly and the messages, e.g. when the search box gets focus. */
export function warmUp(): void {
  loadPagefind().catch(() => undefined);
  strings().catch(() => undefined);
}

/** Results of several searches in order, each page once. */
function merge(searches: PagefindSearch[]): PagefindResult[] {
  const seen = new Set<string>();
  return searches.flatMap((s) => s.results).filter((result) => !seen.has(result.id) && seen.add(result.id));
}

/**
 * Whether Pagefind found `word` itself (highlighted in the best page's excerpt, or among the
 * words of its names) rather than a loose stand-in for a word it does not know.
 */
async function knows(search: PagefindSearch, word: string): Promise<boolean> {
  const best = search.results[0];
  if (!best) return false;
  const { excerpt, meta } = await best.data();
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
  const names = [meta.title ?? '', meta.aliases ?? ''].join(' ').split(/[\s|]+/);
  return [...marks, ...names].some((found) => sameWord(word, found));
}

/**
 * Spellings one letter away that are names of the same pages ("Kazahkstan" → Kazakhstan, or
 * Kazakstan, a name of the Kazakhstan page only) count as one correction: the most used.
 */
async function oneOrMore(pf: Pagefind, closest: Closest): Promise<Closest> {
  if (closest.names.length === 1) return closest;
  const found = await Promise.all(closest.names.map(async (name) => ({ name, ids: new Set((await pf.search(name)).results.map((r) => r.id)) })));
  found.sort((a, b) => b.ids.size - a.ids.size);
  const [most, ...rest] = found;
  return rest.every((other) => [...other.ids].every((id) => most.ids.has(id))) ? { d: closest.d, names: [most.name] } : closest;
}

/** Runs a search; returns null for an empty query without filters. */
export async function runSearch(state: SearchState): Promise<Outcome | null> {
  const filters: Filters = {};
  for (const key of ['type', 'region', 'decade'] as const) if (state[key]) filters[key] = state[key];
  const words = withoutSiteNames(queryWords(state.q));
  if (words.length === 0 && Object.keys(filters).length === 0) return null;
  const sort = state.sort ? { date: state.sort === 'date-desc' ? ('desc' as const) : ('asc' as const) } : undefined;
  // Ranking by name applies to plain searches; a filter or a date order decides on its own.
  const plain = !sort && Object.keys(filters).length === 0;
  const pf = await loadPagefind();

  /**
   * The pages of which `name` is exactly one of the names (see nameToken). Only the names field
   * holds such words: when Pagefind matches text instead, it stood in a loose match for a
   * name no page has.
   */
  const namedBy = async (name: string) =>
    (await pf.search(nameToken(name))).results.filter((r) => r.words.length === 0 && r.matchedMetaFields?.includes('names'));

  /**
   * Searches `terms`. In a plain search, pages of which the query is a name come first
   * ("Russian Federation"), or, in a query made only of names, the pages each word names
   * ("Kazakhstan China"); then the rest in Pagefind's order (which weights titles and aliases).
   */
  const search = async (terms: string[]): Promise<PagefindSearch & { pins: PagefindResult[]; named: PagefindResult[] }> => {
    const query = terms.join(' ');
    // Words of one or two letters ("с Россией", "of") name nothing on their own.
    const long = terms.filter((term) => normalize(term).length > 2);
    const [found, whole, ...each] = await Promise.all([
      pf.search(query || null, { filters, sort }),
      plain ? namedBy(query) : [],
      ...(plain && terms.length > 1 ? long.map(namedBy) : []),
    ]);
    const pins = whole.length > 0 || each.length === 0 || each.some((list) => list.length === 0) ? whole : each.flat();
    return { results: plain ? merge([{ results: pins }, found]) : found.results, pins, named: each.flat() };
  };

  const main = await search(words);
  // Corrections and fallbacks are for single words and for queries that found little; the
  // check for unknown words loads the best page's fragment of each word's own search.
  const check = words.length === 1 || main.results.length < FEW;
  const alone = words.length > 1 && check ? await Promise.all(words.map((w) => pf.search(w))) : [main];
  const known = check ? await Promise.all(words.map((w, i) => knows(alone[words.length > 1 ? i : 0], w))) : words.map(() => true);
  const fixes = new Map<string, Closest>();
  for (const [i, word] of words.entries()) {
    if (known[i] || typoAllowance(normalize(word).length) === 0) continue;
    const closest = closestNames(word, await nameWords(word));
    if (closest) fixes.set(word, await oneOrMore(pf, closest));
  }
  const correction = correctQuery(words, fixes);
  if (correction?.sure) {
    const found = await search(withoutSiteNames(queryWords(correction.query)));
    if (found.results.length > 0) return { shown: correction.query, corrected: correction.query, results: found.results };
  }

  const outcome: Outcome = { shown: state.q, suggestion: correction?.query, results: main.results };
  const usable = words.filter((_, i) => known[i]);
  if (main.results.length < FEW && words.length > 1 && usable.length > 0) {
    // Pages that most of the words find join those with every word, by Pagefind's score, after
    // any page a word names outright ("SCO summit Bishkek"); pages that only one word of a
    // longer query finds come last.
    const variants = usable.length > 1 ? fallbackQueries(usable) : usable;
    const more = await Promise.all(variants.map((q) => pf.search(q, { filters, sort })));
    const alone = (q: string) => usable.length > 2 && !q.includes(' ');
    const byScore = (list: PagefindResult[]) => (sort ? list : list.sort((a, b) => b.score - a.score));
    const pins = merge([{ results: main.pins }, { results: main.named }]);
    const seen = new Set(pins.map((r) => r.id));
    const fresh = (list: PagefindResult[]) => list.filter((r) => !seen.has(r.id) && seen.add(r.id));
    const most = byScore(fresh(merge([main, ...more.filter((_, i) => !alone(variants[i]))])));
    const some = byScore(fresh(merge(more.filter((_, i) => alone(variants[i])))));
    outcome.results = [...pins, ...most, ...some];
  }
  return outcome;
}

/** Starts downloading the index chunks a query will need while the user is still typing. */
export async function preload(query: string): Promise<void> {
  const terms = withoutSiteNames(queryWords(query)).join(' ');
  if (terms) (await loadPagefind()).preload(terms);
}
