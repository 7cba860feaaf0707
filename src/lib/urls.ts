/**
 * The one URL builder: every internal href and route param comes from here. URLs are fixed
 * (other sites link to them), always end in a slash and are relative to the site root.
 */
import type { CollectionName } from './schema.ts';

/** The URL segment of each collection. Countries live under /relations/. */
export const SECTION: Record<CollectionName, string> = {
  sources: 'sources',
  countries: 'relations',
  treaties: 'treaties',
  organizations: 'organizations',
  priorities: 'priorities',
  events: 'timeline',
};

/** The pages that are not entries: home, collection indexes and the site's own pages. */
export const FIXED_PAGES: readonly string[] = [
  '/',
  ...Object.values(SECTION).map((section) => `/${section}/`),
  '/about/',
  '/data/',
  '/search/',
  '/404.html',
];

/** The index page of a collection, e.g. `/relations/`. */
export function collectionUrl(collection: CollectionName): string {
  return `/${SECTION[collection]}/`;
}

/** The page of one entry, e.g. `/relations/china/` or `/timeline/un-membership/`. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${SECTION[collection]}/${id}/`;
}

/** The anchor id of an event on the timeline. */
export function eventAnchor(id: string): string {
  return `event-${id}`;
}

/** Turns a heading or name into a URL fragment or slug: "South Korea" → "south-korea". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A citation file of one entry page, e.g. `/cite/relations/china.bib`. */
export function citationFileUrl(collection: CollectionName, id: string, extension: string): string {
  return `/cite/${SECTION[collection]}/${id}.${extension}`;
}

/** The site's change feed. */
export const FEED_URL = '/changes.xml';

/** The route segment of an A–Z letter: "A" → "a", "0–9" → "0-9", "#" → "other". */
export function azSlug(letter: string): string {
  return letter === '#' ? 'other' : slugify(letter.replace('–', '-')) || 'other';
}

/** A page of the A–Z list of entries, e.g. `/search/a-z/k/` or `/search/a-z/k/2/`. */
export function azUrl(letter: string, page = 1): string {
  return `/search/a-z/${azSlug(letter)}/${page > 1 ? `${page}/` : ''}`;
}

/** The list of name words starting like one word (see nameShardKey in lib/search-query.ts). */
export function nameShardUrl(key: string): string {
  return `/search/names/${key}.json`;
}
