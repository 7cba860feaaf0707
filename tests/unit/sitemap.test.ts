import { describe, expect, it } from 'vitest';
import { sitemapAlternates, type SitemapLink } from '../../src/lib/sitemap.ts';

describe('sitemap alternates', () => {
  it('give each page its versions in every language it has, ordered by URL, and x-default; a page in one language gets none', () => {
    const alternates = sitemapAlternates({ en: 'en', ru: 'ru' }, 'en');
    const pages = ['https://x/sources/a/', 'https://x/about/', 'https://x/ru/about/', 'https://x/ru/sources/a/', 'https://x/ru/search/a-z/й/'];
    for (const url of pages) alternates.add(url);
    // Each entry as its URL followed by its alternates ("lang url"), or "no links" where it has none.
    const shown = pages.map((url) => {
      const item = alternates.serialize<{ url: string; links?: SitemapLink[] }>({ url });
      return [item.url, ...(item.links?.map((link) => `${link.lang} ${link.url}`) ?? ['no links'])];
    });
    expect(shown).toMatchInlineSnapshot(`
      [
        [
          "https://x/sources/a/",
          "ru https://x/ru/sources/a/",
          "en https://x/sources/a/",
          "x-default https://x/sources/a/",
        ],
        [
          "https://x/about/",
          "en https://x/about/",
          "ru https://x/ru/about/",
          "x-default https://x/about/",
        ],
        [
          "https://x/ru/about/",
          "en https://x/about/",
          "ru https://x/ru/about/",
          "x-default https://x/about/",
        ],
        [
          "https://x/ru/sources/a/",
          "ru https://x/ru/sources/a/",
          "en https://x/sources/a/",
          "x-default https://x/sources/a/",
        ],
        [
          "https://x/ru/search/a-z/й/",
          "no links",
        ],
      ]
    `);
  });
});
