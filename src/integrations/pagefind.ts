/**
 * Site search at build time, so that `astro build` alone yields a searchable dist/:
 *
 * - the Pagefind index (dist/pagefind/), from the built pages in one call, which is twice as
 *   fast as feeding them one by one. Pages opt in with `data-pagefind-body` (BaseLayout); the
 *   search and 404 pages do not, as they list or mention every entry. Any Pagefind error fails
 *   the build.
 * - the search code (dist/search/client.js), bundled from src/scripts/search.ts. It is built
 *   here rather than by Astro because the loader on every page imports it by a fixed URL:
 *   a dynamic import() in an Astro script brings Vite's 2 KB preload helper with it, which
 *   would break the 1 KB budget for content pages. In `astro dev` the same URL serves the
 *   source through Vite.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';

const CLIENT_URL = '/search/client.js';
const CLIENT_SOURCE = fileURLToPath(new URL('../scripts/search.ts', import.meta.url));

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

async function writeIndex(out: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', created.errors);
    const index = created.index!;
    check('indexing', (await index.addDirectory({ path: out })).errors);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    check('writeFiles', written.errors);
    // Only pages with data-pagefind-body count; addDirectory's page_count counts every file.
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pages: number = entry.languages.en?.page_count ?? 0;
    if (pages === 0) throw new Error('Pagefind indexed no pages');
    return pages;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== CLIENT_URL) return next();
          res.writeHead(302, { location: `/@fs${CLIENT_SOURCE}` });
          res.end();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await build({
          entryPoints: [CLIENT_SOURCE],
          outfile: join(out, CLIENT_URL),
          bundle: true,
          format: 'esm',
          target: 'es2022',
          minify: true,
          charset: 'utf8',
          legalComments: 'none',
          logLevel: 'error',
        });
        const pages = await writeIndex(out);
        logger.info(`indexed ${pages} pages; search code in ${CLIENT_URL}`);
      },
    },
  };
}
