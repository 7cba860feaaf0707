/**
 * The baselines, both with as many pages as our build produced, reusing the generated
 * entries' Markdown bodies so that each page has about the same amount of text to render.
 * They live in bench/out/, so `astro` resolves from the project's node_modules.
 *
 * - bare: what issue 7 compares against. astro.config.mjs with only `site`, plain Markdown
 *   pages in src/pages/, no layout, no integrations.
 * - bare with a content collection: the same pages as entries of one content collection
 *   (glob loader, no schema) rendered by one dynamic route. Not a target; it shows what the
 *   content layer alone adds to bare, since the stack requires content collections.
 * - fair: the collection project with the same Pagefind indexing as ours (the project's own
 *   writeIndex, each page's text in `<main data-pagefind-body>`): the least the required stack
 *   (content collections and a Pagefind index) costs, the baseline of issue 13's targets.
 * - fair with our HTML: the fair project, but each page is one of our built pages copied
 *   verbatim, so it writes and indexes as many bytes of HTML as ours does with none of our
 *   rendering. Not a target: what pages as large as ours cost the required stack by themselves.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { walk } from './measure.ts';
import { fileURLToPath } from 'node:url';

const CONFIG = `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'https://bare.example.org' });\n`;

const COLLECTION_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: './pages' }) }) };
`;

/** The fair project's config: the collection project plus our own index step. */
const FAIR_CONFIG = `import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { writeIndex } from ${JSON.stringify(fileURLToPath(new URL('../src/integrations/pagefind.ts', import.meta.url)))};

const index = { name: 'index', hooks: { 'astro:build:done': async ({ dir }) => { await writeIndex(fileURLToPath(dir)); } } };

export default defineConfig({ site: 'https://bare.example.org', integrations: [index] });
`;

const COLLECTION_ROUTE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id === 'index' ? undefined : entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<Content />
`;

/** The collection route with each page's text in the element Pagefind indexes. */
const FAIR_ROUTE = COLLECTION_ROUTE.replace(
  '<Content />',
  '<html lang="en"><head><title>{Astro.props.entry.data.title}</title></head><body><main data-pagefind-body><Content /></main></body></html>',
);

/** The generated entries' bodies, frontmatter removed. */
function bodies(content: string): string[] {
  return readdirSync(content)
    .filter((c) => c !== 'sources')
    .flatMap((c) => readdirSync(join(content, c)).map((f) => readFileSync(join(content, c, f), 'utf8')))
    .map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));
}

/** Writes `pages` Markdown files into `folder`, named index, page-1, page-2, … */
function writePages(folder: string, pages: number, content: string): void {
  mkdirSync(folder, { recursive: true });
  const texts = bodies(content);
  for (let i = 0; i < pages; i++) {
    const name = i === 0 ? 'index' : `page-${i}`;
    writeFileSync(join(folder, `${name}.md`), `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n${texts[i % texts.length]}`);
  }
}

/** Creates the bare project in `dir` (emptied first) with `pages` Markdown pages. */
export function generateBareProject(dir: string, pages: number, content: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writePages(join(dir, 'src/pages'), pages, content);
}

/** Creates the bare project with the pages in a content collection instead of src/pages/. */
export function generateCollectionProject(dir: string, pages: number, content: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), COLLECTION_CONFIG);
  writeFileSync(join(dir, 'src/pages/[...id].astro'), COLLECTION_ROUTE);
  writePages(join(dir, 'pages'), pages, content);
}

/** Creates the fair baseline: the collection project, indexed by Pagefind as ours is. */
export function generateFairProject(dir: string, pages: number, content: string): void {
  generateCollectionProject(dir, pages, content);
  writeFileSync(join(dir, 'astro.config.mjs'), FAIR_CONFIG);
  writeFileSync(join(dir, 'src/pages/[...id].astro'), FAIR_ROUTE);
}

/** The fair route with each page replaced by one of our built pages (listed in pages.json), copied verbatim. */
const OUR_HTML_ROUTE = `---
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';

export async function getStaticPaths() {
  const files = JSON.parse(readFileSync('ours/pages.json', 'utf8'));
  return (await getCollection('pages')).map((entry, i) => ({ params: { id: entry.id === 'index' ? undefined : entry.id }, props: { file: files[i % files.length] } }));
}
---
<Fragment set:html={readFileSync(\`ours/\${Astro.props.file}\`, 'utf8')} />
`;

/**
 * Creates the fair project whose pages are our built pages (from `ourDist`, copied into the
 * project so that later builds of ours do not change them).
 */
export function generateOurHtmlProject(dir: string, pages: number, content: string, ourDist: string): void {
  generateFairProject(dir, pages, content);
  const copy = join(dir, 'ours');
  cpSync(ourDist, copy, { recursive: true, filter: (path) => !relative(ourDist, path).startsWith('pagefind') });
  const files = walk(copy).filter((f) => f.endsWith('.html')).map((f) => relative(copy, f)).sort();
  writeFileSync(join(copy, 'pages.json'), JSON.stringify(files));
  writeFileSync(join(dir, 'src/pages/[...id].astro'), OUR_HTML_ROUTE);
}
