/**
 * The search itself, shared by the header box and /search/: Pagefind for the text, the name
 * list (/search/names.json) for names, aliases and misspellings. Pages the query names come
 * first; when a query finds nothing but is close to a name, the corrected query is searched.
 */
import { matchNames, passesFilters, splitDashes, type NameMatch, type SearchName, type SearchState } from '../lib/search.ts';

/** The parts of Pagefind's browser API used here (pagefind.app/docs/api/). */
export interface PagefindResult {
  id: string;
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
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

/** A result in display order, with the name that put it first, if any. */
export interface Hit {
  result: PagefindResult;
  match?: NameMatch;
}

export interface Outcome {
  /** The query whose results are shown: the typed one, or its correction. */
  shown: string;
  /** Set when the typed query found nothing and the results are for this corrected query. */
  corrected?: string;
  /** A corrected query offered as "did you mean" when the typed one found something. */
  suggestion?: string;
  hits: Hit[];
}

let pagefind: Promise<Pagefind> | undefined;
let names: Promise<SearchName[]> | undefined;

/** Loads Pagefind once, on the main thread (its worker would cost 12 KB more per cold search). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ noWorker: true, excerptLength: 22, ranking: { metaWeights: { title: 6, aliases: 6 } } });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** Loads the name list once; search still works (without names) if it cannot be fetched. */
export function loadNames(): Promise<SearchName[]> {
  names ??= fetch('/search/names.json')
    .then((response) => (response.ok ? (response.json() as Promise<SearchName[]>) : []))
    .catch(() => []);
  return names;
}

/** Starts both downloads, e.g. when the search box gets focus. */
export function warmUp(): void {
  loadPagefind().catch(() => undefined);
  loadNames();
}

/** Which page a data object belongs to, for pages found by name. */
const byUrl = (list: SearchName[]) => new Map(list.map((page) => [page.url, page]));

/** Runs a search; returns null for an empty query without filters. */
export async function runSearch(state: SearchState, maxPins = 5): Promise<Outcome | null> {
  const filters: Filters = {};
  for (const key of ['type', 'region', 'decade'] as const) if (state[key]) filters[key] = state[key];
  const terms = splitDashes(state.q);
  if (!terms && Object.keys(filters).length === 0) return null;
  const sort = state.sort ? { date: state.sort === 'date-desc' ? ('desc' as const) : ('asc' as const) } : undefined;
  const [pf, list] = await Promise.all([loadPagefind(), loadNames()]);

  const named = terms ? matchNames(state.q, list, maxPins) : { matches: [] };
  let shown = state.q;
  let corrected: string | undefined;
  let suggestion: string | undefined;
  let main = await pf.search(terms || null, { filters, sort });
  let pins = named.matches.filter((m) => !m.typo);

  if (named.suggestion) {
    if (main.results.length === 0) {
      corrected = shown = named.suggestion;
      main = await pf.search(splitDashes(corrected), { filters, sort });
      pins = matchNames(corrected, list, maxPins).matches.filter((m) => !m.typo);
      if (pins.length === 0) pins = named.matches;
    } else {
      // Pagefind stems words, so a misspelling can find a few unrelated pages: keep them,
      // but put the pages of the name it resembles first.
      suggestion = named.suggestion;
      pins = named.matches;
    }
  }

  // Explicit date order wins over name order; filters apply to named pages too.
  const pages = byUrl(list);
  if (sort) pins = [];
  pins = pins.filter((m) => pages.has(m.url) && passesFilters(pages.get(m.url)!, state));
  const pinned = await Promise.all(
    pins.map(async (match): Promise<Hit[]> => {
      const found = await pf.search(null, { filters: { ...filters, page: match.url } });
      return found.results.slice(0, 1).map((result) => ({ result, match }));
    }),
  );
  const first = pinned.flat();
  const mainById = new Map(main.results.map((result) => [result.id, result]));
  const firstIds = new Set(first.map((hit) => hit.result.id));
  const hits: Hit[] = [
    // Prefer the text search's own result object: its excerpt highlights the query.
    ...first.map((hit) => ({ result: mainById.get(hit.result.id) ?? hit.result, match: hit.match })),
    ...main.results.filter((result) => !firstIds.has(result.id)).map((result) => ({ result })),
  ];
  return { shown, corrected, suggestion, hits };
}

/** Starts downloading the index chunks a query will need while the user is still typing. */
export async function preload(query: string): Promise<void> {
  const terms = splitDashes(query);
  if (terms) (await loadPagefind()).preload(terms);
}
