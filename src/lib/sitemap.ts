/**
 * The sitemap's language alternates: for each page, its versions in every language it has, and
 * `x-default`, the default language's version, as the pages' own hreflang links give them.
 *
 * @astrojs/sitemap's `i18n` option would list the languages, but it finds a page's versions by
 * comparing it with every other page, which grows with the square of the site (seconds at
 * 20,000 pages), and it has no `x-default`. Here the pages are grouped by their path without the
 * language as the sitemap's `filter` sees them, which it does for every page before `serialize`
 * adds each one's group.
 */
import { splitLocale } from './urls.ts';
import type { Locale } from './i18n.ts';

/** A sitemap entry's alternate (what @astrojs/sitemap's `links` holds). */
export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * `add` notes a page of the sitemap (an absolute URL); `serialize` returns an entry with its
 * page's alternates, in the order @astrojs/sitemap gives them (by URL), and x-default last.
 * `langs` gives each language's hreflang code; a page in one language only gets none.
 */
export function sitemapAlternates(langs: Readonly<Record<string, string>>, defaultLocale: Locale) {
  const locales = Object.keys(langs) as Locale[];
  const byPath = new Map<string, SitemapLink[]>();
  const pathOf = (url: string) => splitLocale(new URL(url).pathname, locales);
  return {
    add(url: string): void {
      const { locale, path } = pathOf(url);
      const group = byPath.get(path) ?? [];
      group.push({ url, lang: langs[locale] });
      byPath.set(path, group);
    },
    serialize<T extends { url: string; links?: SitemapLink[] }>(item: T): T {
      const group = byPath.get(pathOf(item.url).path) ?? [];
      if (group.length < 2) return item;
      const links = [...group].sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
      const fallback = links.find((link) => link.lang === langs[defaultLocale]);
      return { ...item, links: fallback ? [...links, { url: fallback.url, lang: 'x-default' }] : links };
    },
  };
}
