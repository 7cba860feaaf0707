import { describe, expect, it } from 'vitest';
import { collectionUrl, entryUrl, slugify } from '../../src/lib/urls.ts';

describe('urls', () => {
  it.each([
    ['countries', 'south-korea', '/relations/south-korea/'],
    ['treaties', 'eurasec-treaty-2000', '/treaties/eurasec-treaty-2000/'],
    ['organizations', 'csto', '/organizations/csto/'],
    ['priorities', 'multi-vector', '/priorities/multi-vector/'],
    ['events', 'un-membership', '/timeline/un-membership/'],
    ['sources', 'school-textbook', '/sources/school-textbook/'],
  ] as const)('entryUrl(%s, %s) = %s', (collection, id, url) => {
    expect(entryUrl(collection, id)).toBe(url);
  });

  it('gives section indexes with a trailing slash', () => {
    expect(collectionUrl('countries')).toBe('/relations/');
    expect(collectionUrl('events')).toBe('/timeline/');
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
