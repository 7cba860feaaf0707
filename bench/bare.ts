/**
 * The baseline: a bare Astro project (astro.config.mjs with only `site`, plain Markdown pages
 * in src/pages/, no layout, no integrations) with as many pages as our build produced. The
 * pages reuse the generated entries' Markdown bodies, so each page has about the same amount
 * of text to render. It lives in bench/out/, so `astro` resolves from the project's
 * node_modules.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Creates the bare project in `dir` (emptied first) with `pages` Markdown pages. */
export function generateBareProject(dir: string, pages: number, content: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'https://bare.example.org' });\n`,
  );
  const bodies = readdirSync(content)
    .filter((c) => c !== 'sources')
    .flatMap((c) => readdirSync(join(content, c)).map((f) => readFileSync(join(content, c, f), 'utf8')))
    .map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  for (let i = 0; i < pages; i++) {
    const name = i === 0 ? 'index' : `page-${i}`;
    const body = bodies[i % bodies.length];
    writeFileSync(join(dir, 'src/pages', `${name}.md`), `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n${body}`);
  }
}
