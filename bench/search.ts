/**
 * A first search in Chromium on a cold profile: open /search/?q=<name> on a built site served
 * by the tests' static server, and measure the time from navigation start until the first
 * result is in the DOM, and every byte requested until then. The server sends no compression,
 * so each response is also gzipped here (zlib, level 6, as a typical static host would) to
 * report what a real visitor downloads. Pagefind's index files are gzip already (the browser
 * side unpacks them), so they count as they are.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

/**
 * Runs one first search in a child process: the test helpers read DIST_DIR once, when first
 * imported, so each build searched needs a fresh process.
 */
export function measureFirstSearch(dist: string, query: string, n: number): SearchResult {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dist, query, String(n)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`first search failed on ${dist}:\n${child.stderr}`);
  return JSON.parse(child.stdout) as SearchResult;
}

/** Runs one first search against the built site in `dist`, in this process. */
async function firstSearch(dist: string, query: string, n: number): Promise<SearchResult> {
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
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
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
    return { n, query, firstResultMs, results, transfers };
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.main) {
  const [dist, query, n] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(await firstSearch(dist, query, Number(n))));
}
