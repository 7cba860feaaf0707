/**
 * The one URL builder: every internal href and route param comes from here. URLs are fixed
 * (other sites link to them), always end in a slash and are relative to the site root. The
 * default language is served without a prefix; every other one under its code
 * (`/relations/china/`, `/ru/relations/china/`), with the same ASCII ids.
 *
 * The search client imports this module, so it must not import the dictionaries.
 */
import type { CollectionName } from './schema.ts';
import type { Locale } from './i18n.ts';

/** The language served without a prefix. */
export const DEFAULT_LOCALE: Locale = 'en';

/** A path of the default language in another language: ("ru", "/about/") → "/ru/about/". */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/**
 * The language of a path and the path without its prefix: "/ru/about/" → ru, "/about/".
 * `locales` are the site's languages (passed in, so the client needs no dictionary).
 */
export function splitLocale(pathname: string, locales: readonly Locale[]): { locale: Locale; path: string } {
  const [, first] = pathname.split('/');
  const locale = locales.find((l) => l !== DEFAULT_LOCALE && l === first);
  return locale ? { locale, path: pathname.slice(locale.length + 1) } : { locale: DEFAULT_LOCALE, path: pathname };
}

/** The route param of a language for `[...lang]` pages: none for the default. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The URL segment of each collection. Countries live under /relations/. */
export const SECTION: Record<CollectionName, string> = {
  sources: 'sources',
  countries: 'relations',
  treaties: 'treaties',
  organizations: 'organizations',
  priorities: 'priorities',
  events: 'timeline',
};

/** The pages that are not entries, in the default language: home, collection indexes and the site's own pages. */
export const FIXED_PAGES: readonly string[] = [
  '/',
  ...Object.values(SECTION).map((section) => `/${section}/`),
  '/about/',
  '/data/',
  '/search/',
  '/404.html',
];

/** The index page of a collection, e.g. `/relations/`. */
export function collectionUrl(collection: CollectionName, locale: Locale): string {
  return localePath(locale, `/${SECTION[collection]}/`);
}

/** The page of one entry, e.g. `/relations/china/` or `/ru/timeline/un-membership/`. */
export function entryUrl(collection: CollectionName, id: string, locale: Locale): string {
  return localePath(locale, `/${SECTION[collection]}/${id}/`);
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
export function citationFileUrl(collection: CollectionName, id: string, extension: string, locale: Locale): string {
  return localePath(locale, `/cite/${SECTION[collection]}/${id}.${extension}`);
}

/**
 * All of a language's citation files as one JSON object (URL → text), which a build writes and
 * src/integrations/citation-files.ts splits into the files, e.g. `/ru/cite/citation-files.json`.
 */
export function citationBundleUrl(locale: Locale): string {
  return localePath(locale, '/cite/citation-files.json');
}

/** The site's change feed in a language. */
export function feedUrl(locale: Locale): string {
  return localePath(locale, '/changes.xml');
}

/**
 * Latin letters for the Cyrillic ones, so that A–Z URLs stay ASCII ("/ru/search/a-z/zh/"):
 * readable, and the same written or percent-encoded. Mostly the Russian passport
 * transliteration; Й is "j" and Ы "y", so that no two letters share a slug.
 */
const CYRILLIC_SLUG: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: 'hard-sign', ы: 'y', ь: 'soft-sign', э: 'eh', ю: 'yu', я: 'ya', ё: 'yo',
  // Kyrgyz letters, for the edition the site is built to take next.
  ң: 'ng', ө: 'oe', ү: 'ue',
};

/**
 * The route segment of an A–Z letter: "A" → "a", "Ж" → "zh", "0–9" → "0-9", "#" → "other".
 * A language's A–Z pages use one alphabet for its titles, so a Cyrillic letter and the Latin
 * one it is written with ("К", "K") do not meet on the same pages.
 */
export function azSlug(letter: string): string {
  if (letter === '#') return 'other';
  const lower = letter.toLowerCase();
  return CYRILLIC_SLUG[lower] ?? (slugify(letter.replace('–', '-')) || 'other');
}

/** A page of the A–Z list of entries, e.g. `/search/a-z/k/` or `/search/a-z/k/2/`. */
export function azUrl(letter: string, page: number, locale: Locale): string {
  return localePath(locale, `/search/a-z/${azSlug(letter)}/${page > 1 ? `${page}/` : ''}`);
}

/** The list of a language's name words starting like one word (see nameShardKey in lib/search-query.ts). */
export function nameShardUrl(key: string, locale: Locale): string {
  return localePath(locale, `/search/names/${key}.json`);
}

/** The messages of the search client in a language (dictionary `search.client`). */
export function searchStringsUrl(locale: Locale): string {
  return localePath(locale, '/search/strings.json');
}
