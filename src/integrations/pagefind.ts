/**
 * The search index, built with the site so that `astro build` alone yields a searchable dist/:
 * Pagefind indexes the built pages in one call (twice as fast as feeding them one by one), one
 * index per `<html lang>` with that language's stemming; in the browser, pagefind.js loads the
 * index of the page's own language, so a Russian page searches the Russian pages.
 * Pages opt in with `data-pagefind-body` (BaseLayout); the search, A–Z and 404 pages do not, as
 * they list or mention every entry. Any Pagefind error fails the build, with Pagefind's
 * messages as the cause.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Files Pagefind writes that the site never loads: its ready-made UIs (the site renders its
 * own results), the highlighting script, and the web worker (search runs on the main thread).
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed`, { cause: errors.join('\n') });
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
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`indexed ${await writeIndex(fileURLToPath(dir))} pages`);
      },
    },
  };
}
