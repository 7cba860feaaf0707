import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, entityJsonLd, pageJsonLd, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { event, priority, treaty } from './fixtures.ts';

describe('JSON-LD', () => {
  it('describes a treaty as Legislation with its date, and an event as an Event', () => {
    expect(entityJsonLd(treaty('t', 'Treaty', '1997', []) as any, 'https://x/treaties/t/')).toMatchObject({
      '@type': 'Legislation',
      name: 'Treaty',
      legislationDate: '1997',
      url: 'https://x/treaties/t/',
    });
    expect(entityJsonLd(event('e', 'Event', '1992-03-02') as any, 'https://x/timeline/e/')).toMatchObject({ '@type': 'Event', startDate: '1992-03-02' });
  });

  it('numbers breadcrumb positions from 1', () => {
    const list = breadcrumbJsonLd([{ name: 'Home', url: 'https://x/' }, { name: 'Treaties', url: 'https://x/treaties/' }]);
    expect((list.itemListElement as any[]).map((i) => i.position)).toEqual([1, 2]);
  });

  it('gives a page’s data as its WebPage in the page’s language, the entity in that language too', () => {
    const url = 'https://x/ru/priorities/p/';
    const data = [
      entityJsonLd(priority('p', 'Соседи', 1) as any, url),
      breadcrumbJsonLd([{ name: 'Главная', url: 'https://x/ru/' }, { name: 'Приоритеты', url: 'https://x/ru/priorities/' }]),
    ];
    expect(pageJsonLd(url, 'ru', data)).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "breadcrumb": {
          "@type": "BreadcrumbList",
          "itemListElement": [
            {
              "@type": "ListItem",
              "item": "https://x/ru/",
              "name": "Главная",
              "position": 1,
            },
            {
              "@type": "ListItem",
              "item": "https://x/ru/priorities/",
              "name": "Приоритеты",
              "position": 2,
            },
          ],
        },
        "inLanguage": "ru",
        "mainEntity": {
          "@type": "CreativeWork",
          "about": "Внешняя политика Кыргызстана",
          "description": "",
          "name": "Соседи",
          "url": "https://x/ru/priorities/p/",
        },
        "url": "https://x/ru/priorities/p/",
      }
    `);
  });

  it('cannot close its script element early', () => {
    const json = serializeJsonLd([{ name: '</script><script>alert(1)</script>' }]);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});
