/**
 * The search index, built with the site so that `astro build` alone yields a searchable dist/:
 * one index per `<html lang>` with that language's stemming; in the browser, pagefind.js loads
 * the index of the page's own language, so a Russian page searches the Russian pages.
 * Pages opt in with `data-pagefind-body` (BaseLayout); the search, A–Z and 404 pages do not, as
 * they list or mention every entry. Any Pagefind error fails the build, with Pagefind's
 * messages as the cause.
 *
 * Pagefind reads each page as soon as Astro has rendered it (pagefind-feed.ts), on the second
 * core while Astro renders the next pages on the first, instead of reading every page from
 * disk once all are written; after rendering, only the index files are left to write.
 *
 * The search page then names the index files its first search needs (the entry file, the page
 * metadata and the WebAssembly) as preloads, so they arrive with its scripts instead of one
 * after another once Pagefind starts. Their names are only known once the index is written.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { FEED_KEY, PageFeed } from './pagefind-feed.ts';
import { LOCALES, dictionary } from '../lib/i18n.ts';
import { localePath } from '../lib/urls.ts';

/**
 * Files Pagefind writes that the site never loads: its ready-made UIs (the site renders its
 * own results), the highlighting script, and the web worker (search runs on the main thread).
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed`, { cause: errors.join('\n') });
}

/** What Pagefind's entry file says of one language's index. */
interface IndexLanguage {
  hash: string;
  wasm?: string;
  page_count: number;
}

/**
 * Preloads of the files Pagefind fetches first, in the form its fetch() calls request them
 * (CORS mode, so `crossorigin`). The entry file is fetched with ?ts=<tag>; the search code
 * passes the same tag (the index's hash, new with every change) from `data-pagefind-tag`.
 */
export function preloadLinks(language: IndexLanguage): string {
  const links = [`pagefind-entry.json?ts=${language.hash}`, `pagefind.${language.hash}.pf_meta`, `wasm.${language.wasm ?? 'unknown'}.pagefind`];
  return links
    .map((file, i) => `<link rel="preload" href="/pagefind/${file}" as="fetch" crossorigin${i === 0 ? ` data-pagefind-tag="${language.hash}"` : ''}>`)
    .join('');
}

/**
 * Adds the preloads of the written index to each language's search page (the page whose search
 * starts as it loads, src/pages/[...lang]/search.astro): its own language's files, as Pagefind
 * loads the index of the page's `<html lang>`.
 */
export function preloadOnSearchPages(out: string): void {
  const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
  for (const locale of LOCALES) {
    const page = join(out, localePath(locale, '/search/'), 'index.html');
    const language: IndexLanguage | undefined = entry.languages[dictionary(locale).meta.lang];
    if (!existsSync(page) || !language) continue;
    writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${preloadLinks(language)}</head>`));
  }
}

/** A new index, handed the pages of the build as they are rendered. */
async function startFeed(): Promise<PageFeed> {
  const created = await pagefind.createIndex();
  check('createIndex', created.errors);
  return new PageFeed(created.index!);
}

/** Waits for the fed pages, writes dist/pagefind/ and returns the number of pages indexed. */
async function writeIndex(feed: PageFeed, out: string): Promise<number> {
  const target = join(out, 'pagefind');
  try {
    check('indexing', await feed.done());
    check('writeFiles', (await feed.index.writeFiles({ outputPath: target })).errors);
  } finally {
    await pagefind.close();
  }
  for (const file of readdirSync(target)) if (UNUSED.test(file)) rmSync(join(target, file));
  // Only pages with data-pagefind-body count.
  const entry = JSON.parse(readFileSync(join(target, 'pagefind-entry.json'), 'utf8'));
  const languages = Object.values(entry.languages as Record<string, { page_count: number }>);
  const pages = languages.reduce((sum, language) => sum + language.page_count, 0);
  if (pages === 0) throw new Error('Pagefind indexed no pages: no built page has data-pagefind-body');
  return pages;
}

const feeds = globalThis as Record<symbol, PageFeed | undefined>;

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        feeds[FEED_KEY] = await startFeed();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const feed = feeds[FEED_KEY]!;
        delete feeds[FEED_KEY];
        const out = fileURLToPath(dir);
        logger.info(`indexed ${await writeIndex(feed, out)} pages`);
        preloadOnSearchPages(out);
      },
    },
  };
}
