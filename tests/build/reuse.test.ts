/** The map, open data, structured data and sitemap, read from dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import { XMLParser } from 'fast-xml-parser';
import { LOCALES, dictionary } from '../../src/lib/i18n.ts';
import { entryUrl, localePath, splitLocale } from '../../src/lib/urls.ts';
import type { CollectionName } from '../../src/lib/schema.ts';
import { DIST, page, pages } from '../helpers/dist.ts';
import { rawEntries } from '../helpers/content.ts';

const entries = rawEntries();
const countries = entries.filter((e) => e.collection === 'countries');
const inAtlas = new Set((topology as any).objects.countries.geometries.map((g: any) => String(g.id)));

describe('relations map', () => {
  const relations = page('/relations/').root;
  const mapLinks = relations.querySelectorAll('figure svg a').map((a) => a.getAttribute('href'));

  it('links a shape for every relation whose country is in the atlas, with a <title>', () => {
    const expected = countries.filter((c) => inAtlas.has(c.data.isoNumeric)).map((c) => entryUrl('countries', c.id, 'en'));
    expect(expected.length).toBeGreaterThan(30);
    expect(expected.filter((url) => !mapLinks.includes(url))).toEqual([]);
    expect(relations.querySelectorAll('figure svg a path title').length).toBe(mapLinks.length);
  });

  it('marks Kyrgyzstan and lists the countries too small to draw', () => {
    expect(relations.querySelector('svg path.kg title')?.text).toBe('Kyrgyzstan');
    const small = countries.filter((c) => !inAtlas.has(c.data.isoNumeric)).map((c) => entryUrl('countries', c.id, 'en'));
    const captionLinks = relations.querySelectorAll('figcaption a').map((a) => a.getAttribute('href'));
    expect(small.filter((url) => !captionLinks.includes(url))).toEqual([]);
  });

  it('has a table listing every relation by name', () => {
    const rows = relations.querySelectorAll('table tbody tr th a').map((a) => a.text);
    expect(rows.length).toBe(countries.length);
    expect(rows).toEqual([...rows].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('needs no script: only JSON-LD and the search loader', () => {
    const scripts = relations.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    for (const s of scripts) expect(s.getAttribute('src') ?? s.text).toMatch(/search/i);
  });
});

describe('open data', () => {
  const dataset = JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8'));
  const collections: CollectionName[] = ['sources', 'countries', 'treaties', 'organizations', 'priorities', 'events'];

  it('dataset.json has every entry', () => {
    for (const c of collections) {
      expect(dataset[c].map((e: any) => e.id).sort(), c).toEqual(entries.filter((e) => e.collection === c).map((e) => e.id).sort());
    }
  });

  it('every reference in dataset.json resolves to an entry of the dataset', () => {
    const ids = (c: string) => new Set(dataset[c].map((e: any) => e.id));
    const dangling: string[] = [];
    const check = (c: string, id: string, from: string) => ids(c).has(id) || dangling.push(`${from} → ${c}/${id}`);
    for (const c of collections.slice(1)) {
      for (const e of dataset[c]) {
        for (const s of e.sources) check('sources', s.source, e.id);
        for (const k of ['countries', 'organizations', 'treaties', 'priorities', 'members'] as const) {
          for (const id of e[k] ?? []) check(k === 'members' ? 'countries' : k, id, e.id);
        }
        if (e.parties) for (const id of e.parties.countries) check('countries', id, e.id);
        if (e.establishes) check('organizations', e.establishes, e.id);
      }
    }
    expect(dangling).toEqual([]);
  });

  it.each(['countries', 'treaties', 'organizations', 'events'])('%s.csv parses and has one row per entry', (c) => {
    const rows = parseCsv(readFileSync(join(DIST, `data/${c}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(entries.filter((e) => e.collection === c).length);
    expect(rows.every((r) => r.id && r.url && r.sources)).toBe(true);
  });
});

describe('structured data and sitemap', () => {
  const entryPages = LOCALES.flatMap((locale) =>
    entries.filter((e) => e.collection !== 'sources').map((e) => ({ locale, collection: e.collection as CollectionName, p: page(entryUrl(e.collection as CollectionName, e.id, locale)) })),
  );

  it('every entry page has parseable JSON-LD: its WebPage in its language, with the entity and breadcrumbs named in that language', () => {
    const types = new Set<string>();
    for (const { locale, collection, p } of entryPages) {
      const blocks = p.root.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks.length, p.url).toBe(1);
      const data = JSON.parse(blocks[0].text);
      expect([data['@type'], data.inLanguage, data.breadcrumb['@type']], p.url).toEqual(['WebPage', locale, 'BreadcrumbList']);
      const t = dictionary(locale).site;
      expect(data.breadcrumb.itemListElement.map((i: any) => i.name), p.url).toEqual([t.home, t.nav[collection], p.root.querySelector('h1')!.text.trim()]);
      expect(data.mainEntity.name, p.url).toBe(p.root.querySelector('h1')!.text.trim());
      types.add(data.mainEntity['@type']);
    }
    expect([...types].sort()).toEqual(['Country', 'CreativeWork', 'Event', 'Legislation', 'Organization']);
  });

  it('every page has a description and Open Graph title, and a canonical URL unless it is the 404 page', () => {
    const bad = pages().filter(
      (p) => (!p.url.endsWith('404.html') && !p.root.querySelector('link[rel=canonical]')) || !p.root.querySelector('meta[name=description]') || !p.root.querySelector('meta[property="og:title"]'),
    );
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it('the sitemap lists every page and robots.txt points to it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const missing = pages().filter((p) => !p.url.endsWith('404.html') && !listed.has(p.url)).map((p) => p.url);
    expect(missing).toEqual([]);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  });

  it('the sitemap lists each page’s versions in every language it has, and x-default, the English one', () => {
    const sitemap = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'xhtml:link' }).parse(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'));
    const urls = sitemap.urlset.url as { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];
    const listed = new Set(urls.map((u) => new URL(u.loc).pathname));
    const problems: string[] = [];
    for (const url of urls) {
      const { path: english } = splitLocale(new URL(url.loc).pathname, LOCALES);
      const alternates = Object.fromEntries((url['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], new URL(l['@_href']).pathname]));
      // A page in one language only (the Russian A–Z letters differ from the English) has none.
      const versions = LOCALES.filter((l) => listed.has(localePath(l, english))).map((l) => [dictionary(l).meta.lang, localePath(l, english)]);
      const expected = versions.length > 1 ? { ...Object.fromEntries(versions), 'x-default': english } : {};
      if (!isDeepStrictEqual(alternates, expected)) problems.push(`${url.loc}: ${JSON.stringify(alternates)}`);
    }
    expect(urls.length).toBeGreaterThan(400);
    expect(problems).toEqual([]);
  });
});
