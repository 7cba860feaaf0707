import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS, TEXT_STYLES, citationHtml, citationText, citedPage, citeprocHtml, cslItem, datasetItem, filledIn, standaloneTitle, type CitedPage, type TextStyle } from '../../src/lib/citation.ts';
import type { AnyEntry } from '../../src/lib/relations.ts';

const page: CitedPage = {
  key: 'relations-china',
  locale: 'en',
  title: 'Kyrgyzstan–China relations',
  summary: 'Neighbours since 1992.',
  url: 'https://example.org/relations/china/',
  version: { date: '2026-12-02', rev: 'd0feb98' },
};
const item = cslItem(page);
const ENGLISH_STYLES: TextStyle[] = ['apa', 'chicago', 'mla'];

describe('text citations', () => {
  it('name the page, the site, its last change and its URL in each style', () => {
    expect(Object.fromEntries(ENGLISH_STYLES.map((s) => [s, citationHtml(item, s)]))).toMatchInlineSnapshot(`
      {
        "apa": "<i>Kyrgyzstan–China relations</i>. (2026, December 2). Kyrgyzstan Foreign Policy Reference. https://example.org/relations/china/",
        "chicago": "“Kyrgyzstan–China Relations.” Kyrgyzstan Foreign Policy Reference. Last modified December 2, 2026, revision d0feb98. https://example.org/relations/china/.",
        "mla": "“Kyrgyzstan–China Relations.” <i>Kyrgyzstan Foreign Policy Reference</i>, version d0feb98, 2 Dec. 2026, https://example.org/relations/china/.",
      }
    `);
  });

  it('claim no date where the copy of the site has no history', () => {
    const undated = cslItem({ ...page, version: undefined });
    expect(ENGLISH_STYLES.map((s) => citationHtml(undated, s))).toMatchInlineSnapshot(`
      [
        "<i>Kyrgyzstan–China relations</i>. (n.d.). Kyrgyzstan Foreign Policy Reference. https://example.org/relations/china/",
        "“Kyrgyzstan–China Relations.” Kyrgyzstan Foreign Policy Reference. https://example.org/relations/china/.",
        "“Kyrgyzstan–China Relations.” <i>Kyrgyzstan Foreign Policy Reference</i>, https://example.org/relations/china/.",
      ]
    `);
  });
});

describe('a Russian page', () => {
  const china = { collection: 'countries', id: 'china', data: { title: 'Китай', summary: 'Восточный сосед.' } } as unknown as AnyEntry;
  const history = { complete: true, changes: [{ date: '2026-12-02', rev: 'd0feb98', summary: '', kind: 'changed' as const, notesAdded: [] }] };

  // The spaces before ГОСТ's dashes are no-break spaces (U+00A0), so no line starts with a dash.
  it('is cited in ГОСТ Р 7.0.100-2018 as a part of the site, dated by its last change, and in the other styles with its Russian title and site name', () => {
    const cited = cslItem(citedPage(china, 'https://example.org/ru/relations/china/', history));
    expect(Object.fromEntries((Object.keys(TEXT_STYLES) as TextStyle[]).map((s) => [s, citationHtml(cited, s)]))).toMatchInlineSnapshot(`
      {
        "apa": "<i>Отношения Кыргызстан–Китай</i>. (2026, December 2). Справочник по внешней политике Кыргызстана. https://example.org/ru/relations/china/",
        "chicago": "“Отношения Кыргызстан–Китай.” Справочник по внешней политике Кыргызстана. Last modified December 2, 2026, revision d0feb98. https://example.org/ru/relations/china/.",
        "gost": "Отношения Кыргызстан–Китай. — Текст : электронный // Справочник по внешней политике Кыргызстана : [сайт]. — 2026. — URL: https://example.org/ru/relations/china/ (дата обращения: 02.12.2026).",
        "mla": "“Отношения Кыргызстан–Китай.” <i>Справочник по внешней политике Кыргызстана</i>, version d0feb98, 2 Dec. 2026, https://example.org/ru/relations/china/.",
      }
    `);
  });

  it('without history, claims no year and no date of access', () => {
    expect(citationHtml(cslItem(citedPage(china, 'https://example.org/ru/relations/china/', undefined)), 'gost')).toMatchInlineSnapshot(`"Отношения Кыргызстан–Китай. — Текст : электронный // Справочник по внешней политике Кыргызстана : [сайт]. — URL: https://example.org/ru/relations/china/."`);
  });

  it('downloads carry the Russian title (BibTeX in UTF-8, with a key of ASCII letters) and parse back to it', async () => {
    const cited = cslItem(citedPage(china, 'https://example.org/ru/relations/china/', history));
    expect(DOWNLOADS.bib.format(cited)).toMatchInlineSnapshot(`
      "@misc{countriesChina2026,
      	year = {2026},
      	month = {dec 2},
      	note = {Version d0feb98},
      	title = {Отношения Кыргызстан–Китай},
      	url = {https://example.org/ru/relations/china/},
      	howpublished = {https://example.org/ru/relations/china/},
      }

      "
    `);
    const back = await Promise.all(Object.values(DOWNLOADS).map(async (d) => (await Cite.async(d.format(cited))).data[0]));
    expect(back.map((b) => `${b.title} | ${b.language}`)).toMatchInlineSnapshot(`
      [
        "Отношения Кыргызстан–Китай | undefined",
        "Отношения Кыргызстан–Китай | ru",
        "Отношения Кыргызстан–Китай | ru",
      ]
    `);
  });
});

describe('the filled-in citation', () => {
  // Stop words, hyphens, dashes, brackets, an inner full stop, a colon, capitals inside a word, Cyrillic;
  // every month (short forms differ: "May", "June", "Sept.") and one- and two-digit days.
  const titles = ['Kyrgyzstan–China relations', 'Agreement on water cooperation no. 73', 'the events of 24 March', 'a state-of-the-art treaty on and for the people', 'Shanghai Cooperation Organisation (SCO)', 'on and on, for and against', 'Priority 15: the water of a border', 'iPhone and eBay', 'US—Kyrgyz cooperation', 'Договор о вечной дружбе между Кыргызстаном и Таджикистаном', 'x'];
  const dates = [...Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}-${m % 2 ? 9 : 31 - m}`), undefined];

  it('is citeproc-js’s text for every title, date and style it is used for', () => {
    const differ = titles.flatMap((title) =>
      dates.flatMap((date) => {
        const item = cslItem({ ...page, title, version: date ? { date, rev: 'd0feb98' } : undefined });
        return ENGLISH_STYLES.map((s) => [filledIn(item, s), citeprocHtml(item, s)]).filter(([ours, theirs]) => ours !== theirs);
      }),
    );
    expect(differ).toEqual([]);
  });

  it.each([
    ['a straight quote', { title: 'The "Tulip" revolution' }],
    ['an apostrophe', { title: "People's Republic of China" }],
    ['a final full stop', { title: 'Agreement no.' }],
    ['an ampersand', { title: 'Trade & aid' }],
    ['a query string', { url: 'https://example.org/relations/china/?a=1&b=2' }],
    ['another language (not title-cased)', { locale: 'ru' as const, url: 'https://example.org/ru/relations/china/' }],
  ])('leaves a title or URL with %s to citeproc-js', (_, change) => {
    const item = cslItem({ ...page, ...change });
    expect(ENGLISH_STYLES.map((s) => filledIn(item, s))).toEqual([undefined, undefined, undefined]);
    expect(ENGLISH_STYLES.map((s) => citationHtml(item, s))).toEqual(ENGLISH_STYLES.map((s) => citeprocHtml(item, s)));
  });
});

describe('downloads', () => {
  it('parse back (BibTeX, RIS, CSL-JSON) to the page’s title, URL, last-change date and revision', async () => {
    const parsed: Record<string, unknown> = {};
    for (const [format, download] of Object.entries(DOWNLOADS)) {
      const [back] = (await Cite.async(download.format(item))).data;
      parsed[format] = { type: back.type, title: back.title, URL: back.URL, issued: back.issued?.['date-parts']?.[0]?.join('-'), version: back.version ?? back.note };
    }
    expect(parsed).toMatchInlineSnapshot(`
      {
        "bib": {
          "URL": "https://example.org/relations/china/",
          "issued": "2026-12-2",
          "title": "Kyrgyzstan–China relations",
          "type": "document",
          "version": "Version d0feb98",
        },
        "json": {
          "URL": "https://example.org/relations/china/",
          "issued": "2026-12-2",
          "title": "Kyrgyzstan–China relations",
          "type": "webpage",
          "version": "d0feb98",
        },
        "ris": {
          "URL": "https://example.org/relations/china/",
          "issued": "2026-12-2",
          "title": "Kyrgyzstan–China relations",
          "type": "webpage",
          "version": "Version d0feb98",
        },
      }
    `);
  });
});

describe('standaloneTitle', () => {
  it.each([
    ['countries', 'China', 'Kyrgyzstan–China relations', 'en'],
    ['organizations', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organisation', 'en'],
    ['countries', 'Китай', 'Отношения Кыргызстан–Китай', 'ru'],
  ] as const)('%s “%s” → “%s”', (collection, title, expected, locale = 'en') => {
    expect(standaloneTitle({ collection, data: { title } } as never, locale)).toBe(expected);
  });
});

describe('the dataset', () => {
  it('is cited with its version, the date of the newest change', () => {
    expect(citationText(datasetItem('https://example.org/data/', '2026-12-02'))).toMatchInlineSnapshot(`"Kyrgyzstan Foreign Policy Reference. (2026). Open data of the Kyrgyzstan Foreign Policy Reference (Version 2026-12-02) [Data set]. https://example.org/data/"`);
  });
});
