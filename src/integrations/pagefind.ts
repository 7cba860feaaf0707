/**
 * The search index, built with the site so that `astro build` alone yields a searchable dist/:
 * Pagefind indexes the built pages in one call (faster than feeding them one by one), one
 * index per `<html lang>` with that language's stemming; in the browser, pagefind.js loads the
 * index of the page's own language, so a Russian page searches the Russian pages.
 * Pages opt in with `data-pagefind-body` (BaseLayout); the search, A–Z and 404 pages do not, as
 * they list or mention every entry. Any Pagefind error fails the build, with Pagefind's
 * messages as the cause.
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

/** Writes dist/pagefind/ and returns the number of pages indexed. */
export async function writeIndex(out: string): Promise<number> {
  const target = join(out, 'pagefind');
  try {
    const created = await pagefind.createIndex();
    check('createIndex', created.errors);
    const index = created.index!;
    check('indexing', (await index.addDirectory({ path: out })).errors);
    check('writeFiles', (await index.writeFiles({ outputPath: target })).errors);
  } finally {
    await pagefind.close();
  }
  for (const file of readdirSync(target)) if (UNUSED.test(file)) rmSync(join(target, file));
  // Only pages with data-pagefind-body count; addDirectory's page_count counts every file.
  const entry = JSON.parse(readFileSync(join(target, 'pagefind-entry.json'), 'utf8'));
  const languages = Object.values(entry.languages as Record<string, { page_count: number }>);
  const pages = languages.reduce((sum, language) => sum + language.page_count, 0);
  if (pages === 0) throw new Error('Pagefind indexed no pages: no built page has data-pagefind-body');
  return pages;
}

export default function pagefindIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      // Every page is written by now, and Pagefind reads nothing else: it indexes in its own
      // process while the other integrations finish (the sitemap, the citation files).
      'astro:build:generated': ({ dir }) => {
        indexing = writeIndex(fileURLToPath(dir));
        // Awaited in build:done; until then a failure must not end the process unreported.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        logger.info(`indexed ${await (indexing ?? writeIndex(out))} pages`);
        preloadOnSearchPages(out);
      },
    },
  };
}
