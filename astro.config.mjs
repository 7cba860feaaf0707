// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './src/lib/markdown.ts';
import buildLock from './src/integrations/build-lock.ts';
import integrity from './src/integrations/integrity.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { movedUrls } from './src/lib/moved-pages.ts';
import { sitemapAlternates } from './src/lib/sitemap.ts';
import { contentRoot } from './src/lib/paths.ts';
import { DEFAULT_LOCALE, LOCALES, dictionary } from './src/lib/i18n.ts';
import searchClient from './src/integrations/search-client.ts';
import citationFiles from './src/integrations/citation-files.ts';

// Redirect pages of renamed entries stay out of the sitemap: only the new address is listed.
const moved = movedUrls(contentRoot());
const alternates = sitemapAlternates(Object.fromEntries(LOCALES.map((l) => [l, dictionary(l).meta.lang])), DEFAULT_LOCALE);

export default defineConfig({
  site: 'https://kyrgyz-foreign-policy.example.org',
  trailingSlash: 'always',
  // Tests and benchmarks build generated content into their own folders.
  outDir: process.env.DIST_DIR ?? './dist',
  // Separate content folders need separate content caches, or parallel builds would share one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // One cached stylesheet instead of CSS inlined into every page (also keeps the CSP simple).
  // Several pages at once: one page's file is written while the next renders, instead of the
  // build waiting on every write (a site of small pages and citation files is I/O-bound).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro 7's default Markdown processor (Sätteri) does not run remark plugins; the unified one
  // does, for .md here and for .mdx through the MDX integration. GFM comes from remark-gfm
  // itself. src/lib/markdown.ts gives a body only what it can need: Sätteri for plain
  // CommonMark (most bodies), remark-gfm and the HTML parser only where their syntax occurs.
  markdown: { processor: markdownProcessor(), syntaxHighlight: false },
  // English at the root, every other language under its code (/ru/…); pages live in
  // src/pages/[...lang]/ and read their language from Astro.currentLocale.
  i18n: { locales: LOCALES, defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    buildLock(),
    integrity(),
    mdx(),
    sitemap({
      // Each page listed is noted for the alternates: its versions in the other languages
      // (hreflang) and x-default, which `serialize` adds once every page has been seen.
      filter: (page) => {
        if (moved.has(new URL(page).pathname)) return false;
        alternates.add(page);
        return true;
      },
      serialize: (item) => alternates.serialize(item),
    }),
    searchClient(),
    citationFiles(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  // The benchmark's generated sites live in bench/out/ (tens of thousands of files): `astro dev`
  // would try to watch them all and run out of file watchers.
  vite: { server: { watch: { ignored: ['**/bench/out/**'] } } },
});
