import { describe, expect, it } from 'vitest';
import { withDefaultAlternate } from '../../src/lib/sitemap.ts';

describe('sitemap alternates', () => {
  it('add x-default where the default language’s version is, and leave pages without alternates alone', () => {
    const links = [{ url: 'https://x/about/', lang: 'en' }, { url: 'https://x/ru/about/', lang: 'ru' }];
    expect([withDefaultAlternate({ url: 'https://x/ru/about/', links }, 'en'), withDefaultAlternate({ url: 'https://x/404/' }, 'en')]).toMatchInlineSnapshot(`
      [
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
          "url": "https://x/404/",
        },
      ]
    `);
    expect(links).toHaveLength(2);
  });
});
