import { describe, expect, it } from 'vitest';
import { isPublishedUrl, lostUrls } from '../../src/lib/published.ts';
import { redirectProblems, redirectsFile, redirectsOf } from '../../src/lib/redirects.ts';
import { feedItems } from '../../src/lib/feed.ts';
import type { AnyEntry } from '../../src/lib/relations.ts';

const entry = (collection: string, id: string, formerIds: string[] = []) =>
  ({ collection, id, filePath: `content/${collection}/${id}.md`, data: { title: id, formerIds } }) as unknown as AnyEntry;

describe('published URLs', () => {
  it.each([
    ['/relations/china/', true],
    ['/data/countries.csv', true],
    ['/cite/relations/china.bib', true],
    ['/changes.xml', true],
    ['/404.html', false],
    ['/_astro/index.css', false],
    ['/pagefind/pagefind.js', false],
  ])('%s is published: %s', (url, published) => expect(isPublishedUrl(url)).toBe(published));

  it('a listed URL is lost unless served or redirected', () => {
    const listed = ['/relations/china/', '/relations/burma/', '/relations/gone/'];
    expect(lostUrls(listed, new Set(['/relations/china/']), new Set(['/relations/burma/']))).toEqual(['/relations/gone/']);
  });
});

describe('redirects of renamed entries', () => {
  it('one 301 rule per former id', () => {
    expect(redirectsFile(redirectsOf([entry('countries', 'myanmar', ['burma']), entry('treaties', 'x')], ['en', 'ru']))).toBe(
      '/relations/burma/ /relations/myanmar/ 301\n/ru/relations/burma/ /ru/relations/myanmar/ 301\n',
    );
  });

  it('refuses a former id that is a live page or claimed twice, naming file and field', () => {
    const entries = [entry('countries', 'myanmar', ['burma', 'china']), entry('countries', 'burma-old', ['burma']), entry('countries', 'china')];
    expect(redirectProblems(redirectsOf(entries, ['en']), new Set(entries.map((e) => `/relations/${e.id}/`)))).toMatchInlineSnapshot(`
      [
        {
          "field": "formerIds",
          "file": "content/countries/myanmar.md",
          "message": "/relations/china/ is the address of an entry; a former id must not be in use",
        },
        {
          "field": "formerIds",
          "file": "content/countries/burma-old.md",
          "message": "/relations/burma/ is also a former id in content/countries/myanmar.md",
        },
      ]
    `);
  });
});

describe('feed items', () => {
  const change = (date: string, kind: 'added' | 'changed', notesAdded = 0) => ({ date, rev: date.replaceAll('-', ''), summary: date === '2022-01-10' ? 'Treaty year corrected.' : '', kind, notesAdded });
  it('name the kind of change and the page, newest first, one id per change', () => {
    const items = feedItems([
      { title: 'Kyrgyzstan–China relations', url: 'https://e.org/relations/china/', history: { complete: true, changes: [change('2022-01-10', 'changed', 1), change('2021-03-01', 'added')] } },
      { title: 'SCO', url: 'https://e.org/organizations/sco/', history: { complete: true, changes: [change('2021-06-15', 'changed')] } },
      { title: 'No history', url: 'https://e.org/x/', history: undefined },
    ]);
    expect(items.map((i) => `${i.pubDate.toISOString().slice(0, 10)} ${i.title} ${i.guid}`)).toMatchInlineSnapshot(`
      [
        "2022-01-10 Note added: Kyrgyzstan–China relations https://e.org/relations/china/#20220110",
        "2021-06-15 Changed: SCO https://e.org/organizations/sco/#20210615",
        "2021-03-01 New: Kyrgyzstan–China relations https://e.org/relations/china/#20210301",
      ]
    `);
  });
});
