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
import { SITE_NAME } from '../../src/lib/citation.ts';
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
  it('is on every entry page, with the URL as a link and three text styles', () => {
    expect(entryPages.length).toBeGreaterThan(150);
    for (const p of entryPages) {
      const cite = p.root.querySelector('section.cite')!;
      expect(cite.querySelector('.url a')?.getAttribute('href'), p.url).toBe(new URL(p.url, 'https://kyrgyz-foreign-policy.example.org').href);
      expect(cite.querySelectorAll('dd p').length, p.url).toBe(3);
    }
  });

  it.skipIf(!inGit)('dates the citation by the file’s last commit, not the build', () => {
    const lastCommit = execFileSync('git', ['log', '-1', '--format=%cs %h', '--', 'content/countries/china.md'], { encoding: 'utf8' }).trim();
    const cite = page('/relations/china/').root.querySelector('section.cite')!;
    expect(`${cite.querySelector('time')!.getAttribute('datetime')} ${cite.querySelector('code')!.text}`).toBe(lastCommit);
    expect(page('/relations/china/').root.querySelector('#history + p time')!.getAttribute('datetime')).toBe(lastCommit.split(' ')[0]);
  });

  it.skipIf(!inGit)('offers BibTeX, RIS and CSL-JSON files that parse back to the page', async () => {
    const p = page('/relations/china/');
    const links = p.root.querySelectorAll('section.cite a[download]').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(['/cite/relations/china.bib', '/cite/relations/china.ris', '/cite/relations/china.json']);
    const date = p.root.querySelector('section.cite time')!.getAttribute('datetime');
    for (const link of links) {
      const [item] = (await Cite.async(readFileSync(fileFor(link)!, 'utf8'))).data;
      expect([item.title, item.URL, item.issued['date-parts'][0].map((n: number) => String(n).padStart(2, '0')).join('-')], link).toEqual([
        'Kyrgyzstan–China relations',
        'https://kyrgyz-foreign-policy.example.org/relations/china/',
        date,
      ]);
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
        websiteTitle: SITE_NAME,
        date: cite.querySelector('time')?.getAttribute('datetime')!.replaceAll('-', '/'),
        url: canonical(p),
        language: 'en',
      });
    }
    // The reading can tell the difference: a journal-style page is not a web page.
    expect(zoteroItem(parse('<html><head><meta name="citation_title" content="x"><meta property="og:type" content="article"></head></html>')).itemType).toBe('journalArticle');
  });

  it('titles stand alone when shared; one site-wide og:image', () => {
    const og = (url: string) => page(url).root.querySelector('meta[property="og:title"]')!.getAttribute('content');
    expect([og('/'), og('/relations/china/'), og('/organizations/sco/')]).toEqual([SITE_NAME, 'Kyrgyzstan–China relations', 'Shanghai Cooperation Organization']);
    expect(page('/relations/china/').root.querySelector('section.cite dd p')!.text).toContain('Kyrgyzstan–China relations');
    const images = new Set(pages().map((p) => p.root.querySelector('meta[property="og:image"]')?.getAttribute('content')));
    expect([...images]).toEqual(['https://kyrgyz-foreign-policy.example.org/og-image.png']);
    expect(fileFor('/og-image.png')).toBeTruthy();
  });
});

describe('change feed', () => {
  const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(DIST, 'changes.xml'), 'utf8'));
  const items = feed.rss.channel.item as { title: string; link: string; guid: { '#text': string }; pubDate: string }[];

  it('is linked from every page’s head and footer', () => {
    for (const p of pages().filter((p) => !isRedirect(p.html))) {
      expect(p.root.querySelector('head link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), p.url).toBe('/changes.xml');
      expect(p.root.querySelector('footer a[href="/changes.xml"]'), p.url).not.toBeNull();
    }
  });

  it('has new and changed entries, newest first, each linking to a built entry page, with unique ids', () => {
    expect(items.length).toBe(100);
    for (const item of items) expect(fileFor(new URL(item.link).pathname), item.link).toBeTruthy();
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(items.every((i) => /^(New|Changed|Note added): /.test(i.title))).toBe(true);
  });
});

describe('data package', () => {
  const descriptor = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8'));

  it('describes every file in /data/ and carries the version and a citation', () => {
    const files = walk(join(DIST, 'data')).map(urlOf).filter((u) => !u.endsWith('/') && !u.endsWith('datapackage.json'));
    expect(descriptor.resources.map((r: { path: string }) => `/data/${r.path}`).sort()).toEqual(files.sort());
    expect(descriptor.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(descriptor.citation).toContain(`(Version ${descriptor.version}) [Data set]`);
    const dataset = JSON.parse(page('/data/').root.querySelector('script[type="application/ld+json"]')!.text);
    expect([dataset['@type'], dataset.version, dataset.distribution.length]).toEqual(['Dataset', descriptor.version, descriptor.resources.length + 1]);
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
