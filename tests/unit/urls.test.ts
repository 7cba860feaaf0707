import { describe, expect, it } from 'vitest';
import { azSlug, azUrl, collectionUrl, entryUrl, feedUrl, slugify, splitLocale } from '../../src/lib/urls.ts';

describe('urls', () => {
  it.each([
    ['countries', 'south-korea', 'en', '/relations/south-korea/'],
    ['treaties', 'eurasec-treaty-2000', 'en', '/treaties/eurasec-treaty-2000/'],
    ['organizations', 'csto', 'ru', '/ru/organizations/csto/'],
    ['priorities', 'multi-vector', 'en', '/priorities/multi-vector/'],
    ['events', 'un-membership', 'ru', '/ru/timeline/un-membership/'],
    ['sources', 'school-textbook', 'en', '/sources/school-textbook/'],
  ] as const)('entryUrl(%s, %s, %s) = %s', (collection, id, locale, url) => {
    expect(entryUrl(collection, id, locale)).toBe(url);
  });

  it('gives section indexes, the feed and A–Z pages in each language, English without a prefix', () => {
    expect([collectionUrl('countries', 'en'), collectionUrl('events', 'ru'), feedUrl('en'), feedUrl('ru'), azUrl('K', 2, 'en'), azUrl('0–9', 1, 'ru')]).toEqual([
      '/relations/',
      '/ru/timeline/',
      '/changes.xml',
      '/ru/changes.xml',
      '/search/a-z/k/2/',
      '/ru/search/a-z/0-9/',
    ]);
  });

  it('gives every letter of the Russian alphabet its own ASCII A–Z slug', () => {
    const letters = [...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'];
    const slugs = letters.map(azSlug);
    expect(slugs.every((slug) => /^[a-z-]+$/.test(slug))).toBe(true);
    expect(new Set(slugs).size).toBe(letters.length);
    expect([azUrl('Ж', 1, 'ru'), azUrl('Щ', 2, 'ru'), azUrl('#', 1, 'ru')]).toEqual(['/ru/search/a-z/zh/', '/ru/search/a-z/shch/2/', '/ru/search/a-z/other/']);
  });

  it.each([
    ['/ru/relations/china/', 'ru', '/relations/china/'],
    ['/ru/', 'ru', '/'],
    ['/relations/china/', 'en', '/relations/china/'],
    // A first segment that only starts like a language code is not one.
    ['/russia/', 'en', '/russia/'],
  ])('splitLocale(%s) = %s, %s', (pathname, locale, path) => {
    expect(splitLocale(pathname, ['en', 'ru'])).toEqual({ locale, path });
  });

  it.each([
    ['South Korea', 'south-korea'],
    ['United Kingdom', 'united-kingdom'],
    ['Türkiye', 'turkiye'],
    ['  Solomon   Islands ', 'solomon-islands'],
  ])('slugify(%j) = %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
