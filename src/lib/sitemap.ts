/**
 * The sitemap's language alternates. @astrojs/sitemap lists, for each page, its versions in
 * every language (its `i18n` option) but not `x-default`, the version for readers of any other
 * language, which the pages' own hreflang links give: the default language's.
 */

/** A sitemap entry's alternate (what @astrojs/sitemap's `links` holds). */
export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * The entry with an `x-default` alternate beside its languages' ones, pointing where the
 * default language's does. Entries without alternates stay as they are. Returns a copy: the
 * integration shares one `links` array between the versions of a page.
 */
export function withDefaultAlternate<T extends { url: string; links?: SitemapLink[] }>(item: T, defaultLang: string): T {
  const fallback = item.links?.find((link) => link.lang === defaultLang);
  return fallback ? { ...item, links: [...item.links!, { url: fallback.url, lang: 'x-default' }] } : item;
}
