import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../src/lib/sitemap.ts';

describe('sitemap alternates', () => {
  it('give each page its versions in every language it has, ordered by URL, and x-default; a page in one language gets none', () => {
    const alternates = sitemapAlternates({ en: 'en', ru: 'ru' }, 'en');
    const pages = ['https://x/sources/a/', 'https://x/about/', 'https://x/ru/about/', 'https://x/ru/sources/a/', 'https://x/ru/search/a-z/й/'];
    for (const url of pages) alternates.add(url);
    expect(pages.map((url) => alternates.serialize({ url }))).toMatchInlineSnapshot(`
      [
        {
          "links": [
            {
              "lang": "ru",
              "url": "https://x/ru/sources/a/",
            },
            {
              "lang": "en",
              "url": "https://x/sources/a/",
            },
            {
              "lang": "x-default",
              "url": "https://x/sources/a/",
            },
          ],
          "url": "https://x/sources/a/",
        },
        {
          "links": [
            {
              "lang": "en",
              "url": "https://x/about/",
            },
            {
              "lang": "ru",
              "url": "https://x/ru/about/",
            },
            {
              "lang": "x-default",
              "url": "https://x/about/",
            },
          ],
          "url": "https://x/about/",
        },
        {
          "links": [
            {
              "lang": "en",
              "url": "https://x/about/",
            },
            {
              "lang": "ru",
              "url": "https://x/ru/about/",
            },
            {
              "lang": "x-default",
              "url": "https://x/about/",
            },
          ],
          "url": "https://x/ru/about/",
        },
        {
          "links": [
            {
              "lang": "ru",
              "url": "https://x/ru/sources/a/",
            },
            {
              "lang": "en",
              "url": "https://x/sources/a/",
            },
            {
              "lang": "x-default",
              "url": "https://x/sources/a/",
            },
          ],
          "url": "https://x/ru/sources/a/",
        },
        {
          "url": "https://x/ru/search/a-z/й/",
        },
      ]
    `);
  });
});
