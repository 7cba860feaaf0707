import { describe, expect, it } from 'vitest';
import { isPublishedUrl, lostUrls } from '../../src/lib/published.ts';
import { redirectProblems, redirectsFile, redirectsOf } from '../../src/lib/redirects.ts';
import { feedItems } from '../../src/lib/feed.ts';
import type { NoteKind } from '../../src/lib/history.ts';
import type { Locale } from '../../src/lib/i18n.ts';
import { localePath } from '../../src/lib/urls.ts';
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
    ['/ru/cite/relations/china.bib', true],
    ['/ru/changes.xml', true],
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
  type Kind = 'added' | 'changed';
  const change = (date: string, kind: Kind, notesAdded: NoteKind[] = [], summary = '') => ({ date, rev: date.replaceAll('-', ''), summary, kind, notesAdded });
  const pages = (locale: Locale) => [
    {
      title: locale === 'ru' ? 'Отношения Кыргызстан–Китай' : 'Kyrgyzstan–China relations',
      url: `https://e.org${localePath(locale, '/relations/china/')}`,
      history: {
        complete: true,
        changes: [
          change('2022-03-02', 'changed', ['disagreement', 'correction', 'correction']),
          change('2022-02-01', 'changed', ['disagreement']),
          change('2022-01-10', 'changed', ['correction'], 'Treaty year corrected.'),
          change('2021-03-01', 'added'),
        ],
      },
    },
    { title: locale === 'ru' ? 'ШОС' : 'SCO', url: `https://e.org${localePath(locale, '/organizations/sco/')}`, history: { complete: true, changes: [change('2021-06-15', 'changed')] } },
    { title: 'No history', url: 'https://e.org/x/', history: undefined },
  ];

  it('name the kind of change (and of note) and the page, newest first, one id per change, in the feed’s language', () => {
    const feeds = Object.fromEntries(
      (['en', 'ru'] as const).map((locale) => [locale, feedItems(pages(locale), locale).map((i) => `${i.pubDate.toISOString().slice(0, 10)} ${i.title} | ${i.description} | ${i.guid}`)]),
    );
    expect(feeds).toMatchInlineSnapshot(`
      {
        "en": [
          "2022-03-02 Correction and disagreement notes added: Kyrgyzstan–China relations | Revised (editorial note added) | https://e.org/relations/china/#20220302",
          "2022-02-01 Disagreement note added: Kyrgyzstan–China relations | Revised (editorial note added) | https://e.org/relations/china/#20220201",
          "2022-01-10 Correction note added: Kyrgyzstan–China relations | Treaty year corrected. (editorial note added) | https://e.org/relations/china/#20220110",
          "2021-06-15 Changed: SCO | Revised | https://e.org/organizations/sco/#20210615",
          "2021-03-01 New: Kyrgyzstan–China relations | Page created | https://e.org/relations/china/#20210301",
        ],
        "ru": [
          "2022-03-02 Добавлены примечания об исправлении и о расхождении источников: Отношения Кыргызстан–Китай | Страница изменена 2 марта 2022 г. (редакция 20220302) | https://e.org/ru/relations/china/#20220302",
          "2022-02-01 Добавлено примечание о расхождении источников: Отношения Кыргызстан–Китай | Страница изменена 1 февраля 2022 г. (редакция 20220201) | https://e.org/ru/relations/china/#20220201",
          "2022-01-10 Добавлено примечание об исправлении: Отношения Кыргызстан–Китай | Страница изменена 10 января 2022 г. (редакция 20220110) | https://e.org/ru/relations/china/#20220110",
          "2021-06-15 Изменено: ШОС | Страница изменена 15 июня 2021 г. (редакция 20210615) | https://e.org/ru/organizations/sco/#20210615",
          "2021-03-01 Новая статья: Отношения Кыргызстан–Китай | Страница создана 1 марта 2021 г. (редакция 20210301) | https://e.org/ru/relations/china/#20210301",
        ],
      }
    `);
  });
});
