/**
 * DOM building for search results, shared by the header box and /search/. Text from the
 * query, titles and metadata only ever goes in as text nodes; the one HTML string used is
 * Pagefind's excerpt, which Pagefind escapes before adding its <mark> highlights.
 */
import { formatPartialDate, isPartialDate } from '../lib/dates.ts';
import { ALIAS_SEPARATOR, aliasFor } from '../lib/search-query.ts';
import type { PagefindData } from './search-engine.ts';
import type { SearchStrings } from './search-strings.ts';

/** Creates an element with a class and text content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** The badge of a result: its type in the index's language, or "page" for pages that are not entries. */
export function badge(data: PagefindData, s: SearchStrings): HTMLElement {
  return el('span', 'search-badge', data.meta.type ?? s.page);
}

/** The date of a result as a <time> in the page's language, or null. */
export function date(data: PagefindData, s: SearchStrings): HTMLElement | null {
  const value = data.meta.date;
  if (!value || !isPartialDate(value)) return null;
  const node = el('time', 'search-date', formatPartialDate(value, s.intl));
  node.setAttribute('datetime', value);
  return node;
}

/** A paragraph holding Pagefind's highlighted excerpt. */
export function excerpt(html: string, className = 'search-excerpt'): HTMLElement {
  const node = el('p', className);
  node.innerHTML = html;
  return node;
}

/** "Also called ОДКБ" when the query is one of the result's names other than its title. */
export function alsoCalled(query: string, data: PagefindData, s: SearchStrings): HTMLElement | null {
  const name = aliasFor(query, title(data), (data.meta.aliases ?? '').split(ALIAS_SEPARATOR));
  if (!name) return null;
  const node = el('p', 'search-alias', s.alsoCalled);
  node.append(el('mark', '', name));
  return node;
}

/** The title of a result. */
export function title(data: PagefindData): string {
  return data.meta.title || data.url;
}
