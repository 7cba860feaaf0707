/** Checks the built site in dist/: pages, links, dates, headings and backlinks. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXED_PAGES, entryUrl, splitLocale } from '../../src/lib/urls.ts';
import { LOCALES, dictionary } from '../../src/lib/i18n.ts';
import { isPartialDate } from '../../src/lib/dates.ts';
import type { CollectionName } from '../../src/lib/schema.ts';
import { fileFor, page, pages } from '../helpers/dist.ts';
import { rawEntries } from '../helpers/content.ts';

const entries = rawEntries();
const url = (collection: string, id: string) => entryUrl(collection as CollectionName, id, 'en');
const hrefs = (pageUrl: string) => page(pageUrl).root.querySelectorAll('main a[href]').map((a) => a.getAttribute('href'));

describe('pages', () => {
  it('builds a page for every entry at its URL', () => {
    const missing = entries.filter((e) => !fileFor(url(e.collection, e.id)));
    expect(missing.map((e) => e.path)).toEqual([]);
  });

  // The same list tells the content check which pages a body may link to.
  it.each(FIXED_PAGES)(
    'builds %s',
    (path) => expect(fileFor(path)).toBeTruthy(),
  );

  it('gives every page exactly one h1, the lang of the language its path is in, and a title', () => {
    const lang = (url: string) => dictionary(splitLocale(url, LOCALES).locale).meta.lang;
    const bad = pages().filter(
      (p) => p.root.querySelectorAll('h1').length !== 1 || p.root.querySelector('html')?.getAttribute('lang') !== lang(p.url) || !p.root.querySelector('title')?.text,
    );
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it('resolves every internal link and fragment', () => {
    const broken: string[] = [];
    for (const p of pages()) {
      for (const a of p.root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${p.url}`);
        const file = fileFor(target.pathname);
        if (!file) {
          broken.push(`${p.url} → ${href}`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && file.endsWith('.html') && !page(target.pathname).root.getElementById(id)) broken.push(`${p.url} → ${href} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every <time> a valid partial or full ISO datetime', () => {
    const bad = pages().flatMap((p) =>
      p.root.querySelectorAll('time').map((t) => t.getAttribute('datetime') ?? '').filter((d) => !isPartialDate(d)).map((d) => `${p.url}: ${d}`),
    );
    expect(bad).toEqual([]);
    expect(pages().some((p) => p.root.querySelector('time'))).toBe(true);
  });

  it('ships no client script on entry pages besides JSON-LD, the search loader and the copy buttons', () => {
    const scripts = page(url('countries', 'kazakhstan')).root.querySelectorAll('script');
    const allowed = ['/search/loader.js', '/cite/copy.js'];
    const other = scripts.filter((s) => s.getAttribute('type') !== 'application/ld+json' && !allowed.includes(s.getAttribute('src') ?? ''));
    expect(other.map((s) => s.toString().slice(0, 80))).toEqual([]);
  });
});

/** The at-a-glance panel of an entry page as label → text. */
function factsAt(pageUrl: string): Record<string, string> {
  const dl = page(pageUrl).root.querySelector('.facts dl')!;
  return Object.fromEntries(dl.querySelectorAll('dt').map((dt) => [dt.textContent.trim(), dt.nextElementSibling?.textContent.trim().replace(/\s+/g, ' ') ?? '']));
}

describe('treaty facts', () => {
  const facts = (id: string) => factsAt(`/treaties/${id}/`);

  it('says whether Kyrgyzstan is a party, and "Adopted" for resolutions and decisions', () => {
    const resolution = facts('unsc-resolution-2001');
    expect(resolution.Adopted).toBe('2001');
    expect(resolution.Parties).toMatch(/Kyrgyzstan is not a party to this resolution\./);
    const treaty = facts('kazakhstan-allied-relations-2003');
    expect(treaty.Signed).toMatch(/2003/);
    expect(treaty.Parties).toMatch(/^Kyrgyzstan/);
    expect(facts('caco-eurasec-merger-2005')).toHaveProperty('Adopted');
  });
});

describe('organization facts', () => {
  // Aliases also feed search, so they may repeat the title or acronym; a translation without an
  // acronym of its own inherits the English one. The panel shows neither.
  it('name the acronym and other names only where they add something, in the language of the page', () => {
    const names = (pageUrl: string) => Object.entries(factsAt(pageUrl)).slice(0, 2);
    expect(['/organizations/cis/', '/ru/organizations/cis/', '/organizations/world-bank/', '/ru/organizations/world-bank/', '/organizations/anti-terrorist-coalition/'].map(names)).toMatchInlineSnapshot(`
      [
        [
          [
            "Acronym",
            "CIS",
          ],
          [
            "Also known as",
            "Commonwealth · СНГ · Содружество Независимых Государств",
          ],
        ],
        [
          [
            "Сокращение",
            "СНГ",
          ],
          [
            "Другие названия",
            "Содружество",
          ],
        ],
        [
          [
            "Also known as",
            "World Bank Group · International Bank for Reconstruction and Development · IBRD · Всемирный банк",
          ],
          [
            "Kind",
            "financial",
          ],
        ],
        [
          [
            "Другие названия",
            "Группа Всемирного банка · Международный банк реконструкции и развития · МБРР",
          ],
          [
            "Вид",
            "финансовая",
          ],
        ],
        [
          [
            "Also known as",
            "anti-terrorism coalition · international coalition forces · антитеррористическая коалиция · Международная антитеррористическая коалиция",
          ],
          [
            "Kind",
            "security",
          ],
        ],
      ]
    `);
  });
});

describe('backlinks appear on both ends', () => {
  const treaties = entries.filter((e) => e.collection === 'treaties');
  const organizations = entries.filter((e) => e.collection === 'organizations');
  const events = entries.filter((e) => e.collection === 'events');

  it('treaty ↔ party', () => {
    const missing: string[] = [];
    for (const t of treaties) {
      for (const c of t.data.parties?.countries ?? []) {
        if (!hrefs(url('treaties', t.id)).includes(url('countries', c))) missing.push(`${t.id} page lacks party ${c}`);
        if (!hrefs(url('countries', c)).includes(url('treaties', t.id))) missing.push(`${c} page lacks treaty ${t.id}`);
      }
    }
    expect(treaties.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('organization ↔ member', () => {
    const missing: string[] = [];
    for (const o of organizations) {
      for (const c of o.data.members ?? []) {
        if (!hrefs(url('organizations', o.id)).includes(url('countries', c))) missing.push(`${o.id} page lacks member ${c}`);
        if (!hrefs(url('countries', c)).includes(url('organizations', o.id))) missing.push(`${c} page lacks organization ${o.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('event ↔ country, organization and treaty', () => {
    const missing: string[] = [];
    for (const e of events) {
      for (const collection of ['countries', 'organizations', 'treaties']) {
        for (const id of e.data[collection] ?? []) {
          if (!hrefs(url('events', e.id)).includes(url(collection, id))) missing.push(`${e.id} lacks ${id}`);
          if (!hrefs(url(collection, id)).includes(url('events', e.id))) missing.push(`${id} lacks ${e.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('a source page lists every entry citing it', () => {
    const textbook = hrefs(url('sources', 'school-textbook'));
    const citing = entries.filter((e) => JSON.stringify(e.data.sources ?? []).includes('school-textbook'));
    expect(citing.length).toBeGreaterThan(0);
    expect(citing.filter((e) => !textbook.includes(url(e.collection, e.id))).map((e) => e.id)).toEqual([]);
  });
});

// The source texts live outside the repository (SHARED_DIR, default ../shared); a fresh clone
// without them still tests green, saying what it skipped.
const sharedDir = resolve(process.env.SHARED_DIR ?? '../shared');
const originality = join(sharedDir, 'tools', 'check-originality.mjs');
const haveShared = existsSync(originality);
if (!haveShared) console.log(`skipped: originality check (no ${originality}; set SHARED_DIR to the folder holding tools/ and seeds/)`);

describe.skipIf(!haveShared)('originality', () => {
  it('check-originality reports no sentence copied from the sources', () => {
    const output = execFileSync(process.execPath, [originality, 'content'], { encoding: 'utf8' });
    expect(output).toMatch(/no copied runs/i);
  });
});
