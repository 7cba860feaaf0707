/**
 * Builds the Pagefind search index at the end of `astro build`, so that the build alone
 * yields a searchable dist/. Each page is given to Pagefind with the words of its dash-joined
 * pairs added (see withDashWords); the files on disk are not changed. The search page and the
 * 404 page are left out: they list or mention every entry and would match every query. Any
 * Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withDashWords } from '../lib/search.ts';

/** Pages kept out of the index, as paths relative to the output folder. */
const SKIP = new Set(['search/index.html', '404.html']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'pagefind' ? [] : htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          check('createIndex', created.errors);
          const index = created.index!;
          let pages = 0;
          for (const file of htmlFiles(out)) {
            const sourcePath = relative(out, file).split(sep).join('/');
            if (SKIP.has(sourcePath)) continue;
            const added = await index.addHTMLFile({ sourcePath, content: withDashWords(readFileSync(file, 'utf8')) });
            check(`indexing ${sourcePath}`, added.errors);
            pages++;
          }
          if (pages === 0) throw new Error('Pagefind indexed no pages');
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          check('writeFiles', written.errors);
          logger.info(`indexed ${pages} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
