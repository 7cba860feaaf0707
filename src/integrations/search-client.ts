/**
 * The search code, /search/client.js, bundled from src/scripts/search.ts. It is built here
 * rather than by Astro because the loader on every page imports it by a fixed URL: a dynamic
 * import() in an Astro script brings Vite's 2 KB preload helper with it, which would break the
 * 1 KB budget for content pages. Under `astro dev` the same URL serves the source through
 * Vite; there is no index there, and the search box says that search needs a build.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLIENT_URL = '/search/client.js';
const CLIENT_SOURCE = fileURLToPath(new URL('../scripts/search.ts', import.meta.url));

export default function searchClient(): AstroIntegration {
  return {
    name: 'search-client',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== CLIENT_URL) return next();
          res.writeHead(302, { location: `/@fs${CLIENT_SOURCE}` });
          res.end();
        });
      },
      'astro:build:done': async ({ dir }) => {
        await build({
          entryPoints: [CLIENT_SOURCE],
          outfile: join(fileURLToPath(dir), CLIENT_URL),
          bundle: true,
          format: 'esm',
          target: 'es2022',
          minify: true,
          charset: 'utf8',
          legalComments: 'none',
          logLevel: 'error',
          // Vite sets this under `astro dev`; the built bundle has an index.
          define: { 'import.meta.env.DEV': 'false' },
        });
      },
    },
  };
}
