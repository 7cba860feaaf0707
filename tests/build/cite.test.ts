/**
 * Permanent URLs, citations, metadata, the change feed and the data package, read from dist/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isPublishedUrl, lostUrls, parseUrlList } from '../../src/lib/published.ts';
import { LOCALES, dictionary, type Locale } from '../../src/lib/i18n.ts';
import { feedUrl, splitLocale } from '../../src/lib/urls.ts';
import { DIST, fileFor, page, pages, urlOf, walk } from '../helpers/dist.ts';
import { zoteroItem } from '../helpers/zotero.ts';

const entryPages = pages().filter((p) => p.root.querySelector('section.cite'));
/** A copy of the repository without git (an unpacked archive) builds pages without history. */
const inGit = (() => {
  try {
    return execFileSync('git', ['log', '-1', '--format=%h', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
})();
if (!inGit) console.log('skipped: citation dates from git (this copy has no git history)');
const isRedirect = (html: string) => html.includes('http-equiv="refresh"');
/** The language of a page, and its words. */
const localeOfUrl = (url: string): Locale => splitLocale(url, LOCALES).locale;
const words = (url: string) => dictionary(localeOfUrl(url));

describe('permanent URLs', () => {
  const listed = parseUrlList(readFileSync('published-urls.txt', 'utf8'));
  const redirected = new Set(readFileSync(join(DIST, '_redirects'), 'utf8').split('\n').filter(Boolean).map((line) => line.split(' ')[0]));

  it('every URL in published-urls.txt is still served, or redirected', () => {
    expect(listed.length).toBeGreaterThan(600);
    const served = new Set(listed.filter((url) => fileFor(url)));
    expect(lostUrls(listed, served, redirected), 'served by no page and no redirect').toEqual([]);
    for (const from of redirected) expect(isRedirect(readFileSync(fileFor(from)!, 'utf8')), from).toBe(true);
  });

  it('every URL this build publishes is in the list (run `npm run urls:update`)', () => {
    const built = walk(DIST).filter((f) => !(f.endsWith('.html') && isRedirect(readFileSync(f, 'utf8')))).map(urlOf).filter(isPublishedUrl);
    expect(built.filter((url) => !listed.includes(url))).toEqual([]);
  });
});

describe('cite block', () => {
  it('is on every entry page, with the URL as a link and the text styles of its language: ГОСТ first in Russian', () => {
    expect(entryPages.length).toBeGreaterThan(300);
    const styles = new Map<Locale, Set<string>>();
    for (const p of entryPages) {
      const cite = p.root.querySelector('section.cite')!;
      expect(cite.querySelector('.url a')?.getAttribute('href'), p.url).toBe(new URL(p.url, 'https://kyrgyz-foreign-policy.example.org').href);
      const ids = cite.querySelectorAll('dd p').map((c) => c.id).join(' ');
      styles.set(localeOfUrl(p.url), new Set([...(styles.get(localeOfUrl(p.url)) ?? []), ids]));
    }
    expect(Object.fromEntries([...styles].map(([l, ids]) => [l, [...ids]]))).toEqual({ en: ['cite-apa cite-chicago cite-mla'], ru: ['cite-gost cite-apa cite-chicago cite-mla'] });
    // The styles cited in English are marked so on a Russian page (WCAG 3.1.2).
    const ru = page('/ru/relations/china/').root;
    expect(ru.querySelectorAll('section.cite dd p').map((c) => c.getAttribute('lang') ?? '-')).toEqual(['-', 'en', 'en', 'en']);
    expect(ru.querySelector('#cite-gost')!.text).toMatch(
      /^Отношения Кыргызстан–Китай\.\u00a0— Текст : электронный \/\/ Справочник по внешней политике Кыргызстана : \[сайт\]\.\u00a0— \d{4}\.\u00a0— URL: https:\/\/kyrgyz-foreign-policy\.example\.org\/ru\/relations\/china\/ \(дата обращения: \d\d\.\d\d\.\d{4}\)\.$/,
    );
  });

  it.skipIf(!inGit)('dates the citation by the file’s last commit, not the build', () => {
    const lastCommit = execFileSync('git', ['log', '-1', '--format=%cs %h', '--', 'content/countries/china.md'], { encoding: 'utf8' }).trim();
    const cite = page('/relations/china/').root.querySelector('section.cite')!;
    expect(`${cite.querySelector('time')!.getAttribute('datetime')} ${cite.querySelector('code')!.text}`).toBe(lastCommit);
    expect(page('/relations/china/').root.querySelector('#history + p time')!.getAttribute('datetime')).toBe(lastCommit.split(' ')[0]);
  });

  it.skipIf(!inGit).each([
    ['/relations/china/', 'Kyrgyzstan–China relations'],
    ['/ru/relations/china/', 'Отношения Кыргызстан–Китай'],
  ])('%s offers BibTeX, RIS and CSL-JSON files in its language that parse back to the page', async (url, title) => {
    const p = page(url);
    const links = p.root.querySelectorAll('section.cite a[download]').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(['bib', 'ris', 'json'].map((format) => `${url.replace('relations/china/', 'cite/relations/china')}.${format}`));
    const date = p.root.querySelector('section.cite time')!.getAttribute('datetime');
    for (const link of links) {
      const [item] = (await Cite.async(readFileSync(fileFor(link)!, 'utf8'))).data;
      expect([item.title, item.URL, item.issued['date-parts'][0].map((n: number) => String(n).padStart(2, '0')).join('-')], link).toEqual([
        title,
        `https://kyrgyz-foreign-policy.example.org${url}`,
        date,
      ]);
      // BibTeX has no language field for a web page; RIS and CSL-JSON say it.
      if (!link.endsWith('.bib')) expect(item.language, link).toBe(words(url).meta.lang);
    }
  });
});

describe('metadata for reference managers and sharing', () => {
  it('Zotero’s embedded-metadata reading saves every entry page as a web page with title, site, date and URL', () => {
    const canonical = (p: (typeof entryPages)[number]) => p.root.querySelector('link[rel="canonical"]')!.getAttribute('href');
    for (const p of entryPages) {
      const item = zoteroItem(p.root);
      const cite = p.root.querySelector('section.cite')!;
      expect(item, p.url).toEqual({
        itemType: 'webpage',
        title: p.root.querySelector('meta[property="og:title"]')!.getAttribute('content'),
        websiteTitle: words(p.url).site.name,
        date: cite.querySelector('time')?.getAttribute('datetime')!.replaceAll('-', '/'),
        url: canonical(p),
        language: words(p.url).meta.lang,
      });
    }
    // The reading can tell the difference: a journal-style page is not a web page.
    expect(zoteroItem(parse('<html><head><meta name="citation_title" content="x"><meta property="og:type" content="article"></head></html>')).itemType).toBe('journalArticle');
  });

  it('titles stand alone when shared; one site-wide og:image', () => {
    const og = (url: string) => page(url).root.querySelector('meta[property="og:title"]')!.getAttribute('content');
    expect([og('/'), og('/relations/china/'), og('/organizations/sco/'), og('/ru/'), og('/ru/relations/china/')]).toEqual([
      dictionary('en').site.name,
      'Kyrgyzstan–China relations',
      'Shanghai Cooperation Organization',
      dictionary('ru').site.name,
      'Отношения Кыргызстан–Китай',
    ]);
    expect(page('/relations/china/').root.querySelector('section.cite dd p')!.text).toContain('Kyrgyzstan–China relations');
    const images = new Set(pages().map((p) => p.root.querySelector('meta[property="og:image"]')?.getAttribute('content')));
    expect([...images]).toEqual(['https://kyrgyz-foreign-policy.example.org/og-image.png']);
    expect(fileFor('/og-image.png')).toBeTruthy();
  });
});

describe('change feed', () => {
  type Item = { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string };
  const feed = (locale: Locale) => new XMLParser({ ignoreAttributes: false }).parse(readFileSync(fileFor(feedUrl(locale))!, 'utf8')).rss.channel;

  it('of the page’s language is linked from every page’s head and footer', () => {
    for (const p of pages().filter((p) => !isRedirect(p.html))) {
      const url = feedUrl(localeOfUrl(p.url));
      expect(p.root.querySelector('head link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), p.url).toBe(url);
      expect(p.root.querySelector(`footer a[href="${url}"]`), p.url).not.toBeNull();
    }
  });

  it.each(LOCALES)('in %s has new and changed entries, newest first, each linking to a built entry page in its language, with unique ids', (locale) => {
    const channel = feed(locale);
    const items = channel.item as Item[];
    expect([channel.title, channel.language]).toEqual([dictionary(locale).cite.feed.title(dictionary(locale).site.name), locale]);
    expect(items.length).toBe(100);
    for (const item of items) {
      expect(fileFor(new URL(item.link).pathname), item.link).toBeTruthy();
      expect(localeOfUrl(new URL(item.link).pathname), item.link).toBe(locale);
    }
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('says which kind of note was added, and tells Russian readers in Russian', () => {
    const en = feed('en').item as Item[];
    const ru = feed('ru').item as Item[];
    expect(en.every((i) => /^(New|Changed|(Correction|Disagreement) note added|Correction and disagreement notes added): /.test(i.title))).toBe(true);
    expect(en.some((i) => i.title.startsWith('Correction note added: '))).toBe(true);
    expect(ru.every((i) => /^(Новая статья|Изменено|Добавлено примечание (об исправлении|о расхождении источников)|Добавлены примечания об исправлении и о расхождении источников): /.test(i.title))).toBe(true);
    // The change descriptions of the history are English (commit trailers): not on the Russian feed.
    expect(ru.filter((i) => !/^Страница (создана|изменена|переименована) \d{1,2} [а-я]+ \d{4}[\s\u202f]г\. \(редакция [0-9a-f]+\)$/.test(i.description)).map((i) => i.description)).toEqual([]);
  });
});

describe('data package', () => {
  const descriptor = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8'));

  it('describes every file in /data/ and carries the version and a citation', () => {
    const files = walk(join(DIST, 'data')).map(urlOf).filter((u) => !u.endsWith('/') && !u.endsWith('datapackage.json'));
    expect(descriptor.resources.map((r: { path: string }) => `/data/${r.path}`).sort()).toEqual(files.sort());
    expect(descriptor.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(descriptor.citation).toContain(`(Version ${descriptor.version}) [Data set]`);
    const dataset = JSON.parse(page('/data/').root.querySelector('script[type="application/ld+json"]')!.text).mainEntity;
    expect([dataset['@type'], dataset.version, dataset.distribution.length]).toEqual(['Dataset', descriptor.version, descriptor.resources.length + 1]);
  });

  it('carries every entry’s Russian name and summary: in the CSVs and in dataset.json', () => {
    const csv = parseCsv(readFileSync(join(DIST, 'data/countries.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv.find((row) => row.id === 'china')).toMatchObject({ title: 'China', title_ru: 'Китай', officialName_ru: 'Китайская Народная Республика' });
    const dataset = JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8'));
    for (const collection of ['countries', 'treaties', 'organizations', 'priorities', 'events', 'sources']) {
      for (const record of dataset[collection]) expect(record.translations?.ru?.title, `${collection}/${record.id}`).toBeTruthy();
    }
  });

  it('every CSV file matches the Table Schema it declares', () => {
    const problems: string[] = [];
    for (const resource of descriptor.resources.filter((r: { format: string }) => r.format === 'csv')) {
      const rows: string[][] = parseCsv(readFileSync(join(DIST, 'data', resource.path), 'utf8'));
      const fields = resource.schema.fields as { name: string; type: string; description?: string; constraints?: { required?: boolean; unique?: boolean; pattern?: string } }[];
      expect(rows[0], resource.path).toEqual(fields.map((f) => f.name));
      fields.forEach((field, column) => {
        expect(field.description, `${resource.path} ${field.name}`).toBeTruthy();
        const values = rows.slice(1).map((row) => row[column]);
        values.forEach((value, i) => {
          const where = `${resource.path} row ${i + 2}, ${field.name} = "${value}"`;
          if (value === '') { if (field.constraints?.required) problems.push(`${where}: required`); return; }
          if (field.type === 'boolean' && !['true', 'false'].includes(value)) problems.push(`${where}: not a boolean`);
          if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value)) problems.push(`${where}: does not match ${field.constraints.pattern}`);
        });
        if (field.constraints?.unique && new Set(values).size !== values.length) problems.push(`${resource.path} ${field.name}: not unique`);
      });
      expect(resource.schema.primaryKey).toBe('id');
    }
    expect(problems).toEqual([]);
  });
});
