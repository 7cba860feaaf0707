/** Quality gates over dist/: valid HTML, every page reachable, and the size budgets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, fileFor, page, pages, walk } from '../helpers/dist.ts';
import { splitLocale } from '../../src/lib/urls.ts';
import { LOCALES } from '../../src/lib/i18n.ts';

const gzip = (file: string) => gzipSync(readFileSync(file)).length;

describe('HTML validity', () => {
  it('html-validate finds no errors on any page, English and Russian', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const errors: string[] = [];
    for (const p of pages()) {
      const report = await validator.validateString(p.html, p.file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${p.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(pages().length).toBeGreaterThan(100);
    expect(pages().filter((p) => p.url.startsWith('/ru/')).length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

describe('links', () => {
  it('every page is reachable from / by following links', () => {
    const seen = new Set(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const url = queue.shift()!;
      for (const a of page(url).root.querySelectorAll('a[href]')) {
        const target = new URL(a.getAttribute('href')!, `http://site${url}`);
        if (target.host !== 'site' || !target.pathname.endsWith('/')) continue;
        if (!seen.has(target.pathname) && fileFor(target.pathname)) {
          seen.add(target.pathname);
          queue.push(target.pathname);
        }
      }
    }
    // Redirect pages of renamed entries are reached by their old links, not from /.
    const unreachable = pages().filter((p) => !p.html.includes('http-equiv="refresh"')).map((p) => p.url).filter((url) => url.endsWith('/') && !seen.has(url));
    expect(unreachable).toEqual([]);
  });
});

describe('budgets', () => {
  it('a typical relation page is at most 5 KB of gzipped HTML', () => {
    const bytes = gzip(fileFor('/relations/japan/')!);
    console.log(`/relations/japan/ HTML: ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(5 * 1024);
  });

  it('a typical Russian relation page is at most 6 KB of gzipped HTML', () => {
    const bytes = gzip(fileFor('/ru/relations/japan/')!);
    console.log(`/ru/relations/japan/ HTML: ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(6 * 1024);
  });

  it('all CSS together is at most 10 KB gzipped', () => {
    const css = walk(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    const bytes = css.reduce((sum, f) => sum + gzip(f), 0);
    console.log(`CSS: ${css.length} files, ${bytes} B gzip`);
    expect(css.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });

  it('content pages load at most 1 KB of client JS before search is used', () => {
    const sizes = ['/', '/relations/japan/', '/treaties/', '/timeline/', '/relations/', '/ru/', '/ru/relations/japan/'].map((url) => {
      const scripts = page(url).root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      const bytes = scripts.reduce((sum, s) => {
        const src = s.getAttribute('src');
        return sum + (src ? gzip(fileFor(src)!) : gzipSync(s.text).length);
      }, 0);
      return [url, bytes] as const;
    });
    console.log(`client JS before search (gzip): ${sizes.map(([u, b]) => `${u} ${b} B`).join(', ')}`);
    for (const [url, bytes] of sizes) expect(bytes, url).toBeLessThanOrEqual(1024);
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries a strict policy before anything it governs, and has no inline script or style it would block', () => {
    const bad: string[] = [];
    for (const p of pages()) {
      const policy = p.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const directive = (name: string) => new RegExp(`${name} ([^;]*)`).exec(policy)?.[1] ?? '';
      if (!policy.includes("default-src 'self'")) bad.push(`${p.url}: no default-src 'self'`);
      if (/'unsafe-inline'|'unsafe-eval'|\s\*|https?:/.test(`${directive('script-src')} ${directive('style-src')}`)) bad.push(`${p.url}: loose policy ${policy}`);
      // A policy in a <meta> tag governs only what comes after it.
      const first = /<(script|style|link)\b/.exec(p.html);
      if (first && first.index < p.html.indexOf('http-equiv="content-security-policy"')) bad.push(`${p.url}: <${first[1]}> before the policy`);
      // The policy has no hashes (src/lib/csp.ts): an inline script or style would be blocked.
      const inline = p.root.querySelectorAll('script:not([src]), style').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      for (const element of inline) bad.push(`${p.url}: inline <${element.tagName.toLowerCase()}>, which the policy blocks`);
    }
    expect(bad).toEqual([]);
  });
});

describe('search index', () => {
  it('the build produced the pagefind index, the search client and the name words, and no Pagefind UI', () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'search/client.js', 'search/names/k.json']) {
      expect(fileFor(`/${file}`), file).toBeTruthy();
    }
    // The site renders its own results and searches on the main thread.
    expect(readdirSync(join(DIST, 'pagefind')).filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(f))).toEqual([]);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    const languages = entry.languages as Record<string, { page_count: number }>;
    const indexed = Object.values(languages).reduce((n, l) => n + l.page_count, 0);
    // One index per language, each with its pages: the pages of a language search only their own.
    for (const lang of ['en', 'ru']) {
      const own = pages().filter((p) => p.root.querySelector('main[data-pagefind-body]') && p.root.querySelector('html')!.getAttribute('lang') === lang);
      expect(languages[lang]?.page_count, lang).toBe(own.length);
    }
    const optedIn = pages().filter((p) => p.root.querySelector('main[data-pagefind-body]'));
    expect(indexed).toBeGreaterThan(150);
    expect(indexed).toBe(optedIn.length);
    const lists = pages().filter((p) => splitLocale(p.url, LOCALES).path.startsWith('/search/'));
    expect(optedIn.length).toBe(pages().filter((p) => !p.html.includes('http-equiv="refresh"')).length - 1 - lists.length);
    for (const p of [...lists, page('/404.html')]) expect(p.root.querySelector('main[data-pagefind-body]'), p.url).toBeNull();
  });

  it('the A–Z pages list every entry once, none more than 200 to a page, all linked from /search/', () => {
    const az = pages().filter((p) => p.url.startsWith('/search/a-z/'));
    const listed = az.flatMap((p) => p.root.querySelectorAll('ul.az a').map((a) => a.getAttribute('href')));
    const entryPages = pages().filter((p) => /^\/(relations|treaties|organizations|priorities|timeline)\/[^/]+\/$/.test(p.url) && p.root.querySelector('article'));
    entryPages.push(...pages().filter((p) => /^\/sources\/[^/]+\/$/.test(p.url)));
    expect(listed.sort()).toEqual(entryPages.map((p) => p.url).sort());
    expect(Math.max(...az.map((p) => p.root.querySelectorAll('ul.az li').length))).toBeLessThanOrEqual(200);
    const letters = page('/search/').root.querySelectorAll('#search-browse nav a').map((a) => a.getAttribute('href'));
    expect(letters).toContain('/search/a-z/k/');
    expect(az.filter((p) => !/\/\d+\/$/.test(p.url)).map((p) => p.url).sort()).toEqual([...letters].sort());
  });

  it('gives Pagefind the words of dash pairs in an indexed attribute at the end of main', () => {
    const last = page('/timeline/akayev-visits-greece/').root.querySelector('main')!.lastElementChild!;
    expect(last.getAttribute('data-pagefind-index-attrs')).toBe('data-dash-words');
    expect(last.getAttribute('data-dash-words')?.split(' ')).toEqual(expect.arrayContaining(['Greece', 'Tajikistan']));
    expect(last.textContent).toBe('');
  });
});
