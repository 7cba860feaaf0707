/**
 * A first search in Chromium on a cold profile: open /search/?q=<name> on a built site served
 * by the tests' static server, and measure the time from navigation start until the first
 * result is in the DOM, and every byte requested until then. The server sends no compression,
 * so each response is also gzipped here (zlib, level 6, as a typical static host would) to
 * report what a real visitor downloads. Pagefind's index files are gzip already (the browser
 * side unpacks them), so they count as they are.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';


/** The element the search page adds for each result (src/scripts/search-page.ts). */
export const RESULT_SELECTOR = process.env.BENCH_RESULT_SELECTOR ?? '#search-results .search-result';

export interface Transfer {
  path: string;
  raw: number;
  gzip: number;
}

export interface SearchResult {
  /** Entries in the build searched. */
  n: number;
  query: string;
  /** The language prefix of the search page ("" for English, "/ru"). */
  lang?: string;
  /** Milliseconds from navigation start to the first result in the DOM. */
  firstResultMs: number;
  results: number;
  /** Every response fetched before the first result appeared, in request order. */
  transfers: Transfer[];
}

/** True for data that is gzip already (Pagefind's .pf_* and .pagefind files). */
const isGzip = (body: Buffer) => body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;

/** Why the search cannot be measured on this build, or undefined if it can. */
export function searchUnavailable(dist: string): string | undefined {
  if (!existsSync(`${dist}/pagefind/pagefind.js`)) return 'the build has no search index (dist/pagefind/)';
  const html = readFileSync(`${dist}/search/index.html`, 'utf8');
  const id = /^#([\w-]+)/.exec(RESULT_SELECTOR)?.[1];
  if (id && !html.includes(`id="${id}"`)) return `the search page has no #${id} results list yet`;
  return undefined;
}

/** Cold first searches on our search page and on Pagefind alone, alternating, in ms. */
export interface ColdNavigation {
  n: number;
  ours: number[];
  floor: number[];
}

/**
 * Times cold navigation to the first result `rounds` times on our /search/ and on a page that
 * does nothing but load Pagefind and show its first result (bench/floor/, copied into the build
 * at /bench-floor/search/), alternating which goes first: what Pagefind itself costs on this
 * machine, the floor under any search page built on it.
 */
export function measureColdNavigation(dist: string, query: string, n: number, rounds = 5): ColdNavigation {
  mkdirSync(join(dist, 'bench-floor/search'), { recursive: true });
  cpSync(fileURLToPath(new URL('floor/floor.js', import.meta.url)), join(dist, 'bench-floor/floor.js'));
  cpSync(fileURLToPath(new URL('floor/index.html', import.meta.url)), join(dist, 'bench-floor/search/index.html'));
  const result: ColdNavigation = { n, ours: [], floor: [] };
  for (let i = 0; i < rounds; i++) {
    for (const kind of i % 2 === 0 ? (['ours', 'floor'] as const) : (['floor', 'ours'] as const)) {
      result[kind].push(measureFirstSearch(dist, query, n, kind === 'floor' ? '/bench-floor' : '').firstResultMs);
    }
  }
  return result;
}

/** The header box, keystroke to first result (ms), for each query. */
export interface BoxResult {
  n: number;
  queries: string[];
  /** Nothing loaded: a fresh profile opens a content page and types the query. */
  coldMs: number[];
  /** Index loaded: the queries typed one after another into the same box. */
  warmMs: number[];
}

/** The median of a list of numbers. */
export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Measures the header box in a child process (see measureFirstSearch for why). */
export function measureHeaderBox(dist: string, queries: string[], n: number): BoxResult {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dist, JSON.stringify(queries), String(n), 'box'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`header box measurement failed on ${dist}:\n${child.stderr}`);
  return JSON.parse(child.stdout) as BoxResult;
}

/**
 * Runs one first search in a child process: the test helpers read DIST_DIR once, when first
 * imported, so each build searched needs a fresh process.
 */
export function measureFirstSearch(dist: string, query: string, n: number, lang = ''): SearchResult {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dist, query, String(n), 'page', lang], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`first search failed on ${dist}:\n${child.stderr}`);
  return JSON.parse(child.stdout) as SearchResult;
}

/** Runs one first search against the built site in `dist`, in this process. */
async function firstSearch(dist: string, query: string, n: number, lang = ''): Promise<SearchResult> {
  // The helpers read DIST_DIR when they are first imported.
  process.env.DIST_DIR = dist;
  const { serveDist } = await import('../tests/helpers/server.ts');
  const { fileFor } = await import('../tests/helpers/dist.ts');
  const { launchBrowser } = await import('../tests/helpers/browser.ts');
  const server = await serveDist();
  const context = await launchBrowser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Notes the moment the first result is added, from inside the page, without polling.
    await page.addInitScript((selector: string) => {
      const w = window as unknown as { __firstResult?: number };
      new MutationObserver((_, observer) => {
        if (w.__firstResult === undefined && document.querySelector(selector)) {
          w.__firstResult = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, RESULT_SELECTOR);
    // Each request with the wall-clock time it started (workers' requests included).
    const requested: { path: string; start: number }[] = [];
    page.on('requestfinished', (request) =>
      requested.push({ path: new URL(request.url()).pathname, start: request.timing().startTime }),
    );
    await page.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(query)}`);
    type Marked = { __firstResult?: number };
    await page.waitForFunction(() => (window as unknown as Marked).__firstResult !== undefined, null, { timeout: 30_000 });
    const [firstResultMs, shownAt] = await page.evaluate(() => {
      const at = (window as unknown as Marked).__firstResult!;
      return [at, performance.timeOrigin + at];
    });
    const results = await page.locator(RESULT_SELECTOR).count();
    await page.waitForTimeout(500); // let requests started before the result report finishing
    const transfers = requested
      .filter((r) => r.start <= shownAt)
      .map(({ path }) => {
        const file = fileFor(path) ?? join(dist, '404.html');
        const body = readFileSync(file);
        return { path, raw: body.length, gzip: isGzip(body) ? body.length : gzipSync(body, { level: 6 }).length };
      });
    return { n, query, lang, firstResultMs, results, transfers };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * Types each query into the header box of a content page and times, inside the page, from the
 * input event to the first option of the results list. Cold: a fresh profile per query, so the
 * search code, index and WebAssembly all load after the keystroke. Warm: one page, the box
 * emptied between queries.
 */
async function headerBox(dist: string, queries: string[], n: number): Promise<BoxResult> {
  process.env.DIST_DIR = dist;
  const { serveDist } = await import('../tests/helpers/server.ts');
  const { launchBrowser } = await import('../tests/helpers/browser.ts');
  const server = await serveDist();
  type Timed = { __typed?: number; __shown?: number };
  const timeNext = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const w = window as unknown as Timed;
      w.__typed = w.__shown = undefined;
      // On window, capturing: before the box's own listener starts the search.
      window.addEventListener('input', () => (w.__typed ??= performance.now()), { once: true, capture: true });
      new MutationObserver((_, observer) => {
        if (document.querySelector('#site-search-listbox [role="option"]')) {
          w.__shown = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
  const elapsed = async (page: import('playwright-core').Page) => {
    await page.waitForFunction(() => (window as unknown as Timed).__shown !== undefined, null, { timeout: 30_000 });
    return page.evaluate(() => (window as unknown as Timed).__shown! - (window as unknown as Timed).__typed!);
  };
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  try {
    for (const query of queries) {
      const context = await launchBrowser();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.url}/about/`);
      await timeNext(page);
      await page.fill('#site-search', query);
      coldMs.push(await elapsed(page));
      await context.close();
    }
    const context = await launchBrowser();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/about/`);
    await page.fill('#site-search', queries[0]);
    await page.waitForSelector('#site-search-listbox [role="option"]');
    for (const query of queries) {
      await page.fill('#site-search', '');
      await page.waitForFunction(() => !document.querySelector('#site-search-listbox [role="option"]'));
      await timeNext(page);
      await page.fill('#site-search', query);
      warmMs.push(await elapsed(page));
    }
    await context.close();
  } finally {
    await server.close();
  }
  return { n, queries, coldMs, warmMs };
}

if (import.meta.main) {
  const [dist, query, n, mode, lang] = process.argv.slice(2);
  const result = mode === 'box' ? await headerBox(dist, JSON.parse(query), Number(n)) : await firstSearch(dist, query, Number(n), lang);
  process.stdout.write(JSON.stringify(result));
}
