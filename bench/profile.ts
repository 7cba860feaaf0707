/**
 * Where the build time goes, for the findings in RESULTS.md (`node bench/profile.ts [N]`,
 * default 5000; run `npm run bench` first, or it generates the content itself). Two tools:
 *
 * - Variants: the same content built with the project's config minus one thing at a time
 *   (the search index, the sitemap, MDX, the content check, the unified Markdown processor),
 *   minus all of them, and the two baselines of bench/bare.ts. Each variant config imports
 *   astro.config.mjs and changes only that, so it follows the real config as it evolves.
 *   Every build runs PROFILE_REPEAT times (default 3 up to N = 500, else 1), one round of
 *   all variants after another, and the median is reported.
 * - A CPU profile of the full build (node --cpu-prof), summed by self time per package and
 *   per function, to see what the slowest phase is doing.
 * - Markdown alone: ms per entry body with the project's processor (src/lib/markdown.ts), the
 *   unified pipeline with remark-gfm on every body, the same with smartypants, and Astro 7's
 *   default (Sätteri), rendering the generated bodies in-process.
 * - The search index alone: Pagefind's Node API fed the built pages one at a time, all at
 *   once, or as one directory (as src/integrations/pagefind.ts does).
 *
 * Writes bench/out/profile.md; nothing here is committed output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateContent } from './generate.ts';
import { build, median, ROOT, walk, type BuildResult } from './measure.ts';
import { generateBareProject, generateCollectionProject } from './bare.ts';

const n = Number(process.argv[2] ?? 5000);
const OUT = join(ROOT, 'bench/out');
const VARIANTS = join(OUT, 'variants');
const content = join(OUT, `content-${n}`);
if (!existsSync(content)) generateContent(content, n, join(ROOT, 'content'));

const EXTRAS = ['pagefind-index', '@astrojs/sitemap', '@astrojs/mdx', 'content-integrity'];

/** Variant name → the body of a config that takes `base` (the project's config) and changes one thing. */
const variants: Record<string, string> = {
  full: 'base',
  'no search index': `{ ...base, integrations: base.integrations.filter((i) => i.name !== 'pagefind-index') }`,
  'no sitemap': `{ ...base, integrations: base.integrations.filter((i) => i.name !== '@astrojs/sitemap') }`,
  'no MDX integration': `{ ...base, integrations: base.integrations.filter((i) => i.name !== '@astrojs/mdx') }`,
  'no content check': `{ ...base, integrations: base.integrations.filter((i) => i.name !== 'content-integrity') }`,
  "Astro's default Markdown processor": `{ ...base, markdown: { ...base.markdown, processor: undefined } }`,
  'none of these five': `{ ...base, markdown: { ...base.markdown, processor: undefined }, integrations: base.integrations.filter((i) => !${JSON.stringify(EXTRAS)}.includes(i.name)) }`,
};

mkdirSync(VARIANTS, { recursive: true });
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const repeat = Number(process.env.PROFILE_REPEAT ?? (n <= 500 ? 3 : 1));

/** Name → a function that runs one build of that variant or baseline. */
const builds = new Map<string, () => BuildResult>();
for (const [name, body] of Object.entries(variants)) {
  const slug = name.replace(/[^a-z]+/gi, '-').toLowerCase();
  const config = join(VARIANTS, `${slug}.config.mjs`);
  writeFileSync(config, `import base from '../../../astro.config.mjs';\n\nexport default ${body};\n`);
  const dist = join(OUT, `variant-dist-${slug}`);
  const cache = join(OUT, `variant-cache-${slug}`);
  builds.set(name, () => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    return build(ROOT, dist, { CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: cache }, { astroArgs: ['--config', relative(ROOT, config)] });
  });
}
const pages = builds.get('full')!().pages;
for (const [name, generate] of [['bare', generateBareProject], ['bare with a collection', generateCollectionProject]] as const) {
  const dir = join(OUT, `profile-${name.replace(/ /g, '-')}-${n}`);
  generate(dir, pages, content);
  builds.set(name, () => {
    for (const sub of ['dist', '.astro', 'node_modules']) rmSync(join(dir, sub), { recursive: true, force: true });
    return build(dir, join(dir, 'dist'), {});
  });
}

const runs = new Map<string, BuildResult[]>([...builds.keys()].map((name) => [name, []]));
for (let round = 0; round < repeat; round++) {
  for (const [name, run] of builds) runs.get(name)!.push(run());
  console.log(`round ${round + 1} of ${repeat} done`);
}
const full = median(runs.get('full')!);
const rows = [...runs].map(([name, list]) => {
  const result = median(list);
  const phases = Object.entries(result.phases).map(([k, v]) => `${k} ${s(v)}`).join(', ');
  const cpu = result.cpuMs === undefined || full.cpuMs === undefined ? '–' : `${s(result.cpuMs)} (${s(result.cpuMs - full.cpuMs)})`;
  return `| ${name} | ${s(result.wallMs)} | ${s(result.wallMs - full.wallMs)} | ${cpu} | ${list.map((r) => s(r.wallMs)).join(', ')} | ${phases} |`;
});
console.log(rows.join('\n'));

// CPU profile of the full build.
const profDir = join(OUT, 'cpu-profile');
rmSync(profDir, { recursive: true, force: true });
const dist = join(OUT, 'variant-dist-profiled');
const cache = join(OUT, 'variant-cache-profiled');
rmSync(dist, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });
build(ROOT, dist, { CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: cache }, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in ms per key (package or function) over every profile of the build. */
function selfTime(keyOf: (node: Node) => string): [string, number][] {
  const totals = new Map<string, number>();
  for (const file of readdirSync(profDir)) {
    const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const key = keyOf(byId.get(id)!);
      totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const packageOf = (node: Node) => {
  const url = node.callFrame.url;
  if (!url) return node.callFrame.functionName || '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(`file://${ROOT}/`, '').replace(/\/[^/]*$/, '/');
};
const functionOf = (node: Node) =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*node_modules\//, '').replace(`file://${ROOT}/`, '')}:${node.callFrame.lineNumber + 1}`;

const table = (list: [string, number][], count: number) =>
  list.slice(0, count).map(([key, ms]) => `| ${key} | ${s(ms)} |`);

/** Renders the generated entry bodies with one Markdown processor; returns ms per body. */
async function markdownMs(processor: { createRenderer(shared: object): unknown }): Promise<number> {
  const renderer = (await processor.createRenderer({ syntaxHighlight: false })) as { render(md: string, opts: object): Promise<unknown> };
  const bodies = readdirSync(content)
    .filter((c) => c !== 'sources')
    .flatMap((c) => readdirSync(join(content, c)).map((f) => readFileSync(join(content, c, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')))
    .slice(0, 2000);
  for (const body of bodies.slice(0, 100)) await renderer.render(body, {}); // warm up
  const start = performance.now();
  for (const body of bodies) await renderer.render(body, {});
  return (performance.now() - start) / bodies.length;
}
const { unified } = await import('@astrojs/markdown-remark');
const { satteri } = await import('@astrojs/markdown-satteri');
const { default: remarkGfm } = await import('remark-gfm');
const { markdownProcessor } = await import('../src/lib/markdown.ts');
const markdownRows: string[] = [];
for (const [name, processor] of [
  ['the project\'s (src/lib/markdown.ts: Sätteri for plain bodies, remark-gfm only where GFM syntax may occur)', markdownProcessor()],
  ['unified + remark-gfm on every body', unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] })],
  ['unified + remark-gfm on every body, smartypants on', unified({ gfm: false, remarkPlugins: [remarkGfm] })],
  ["Sätteri (Astro 7's default)", satteri()],
] as const) {
  markdownRows.push(`| ${name} | ${(await markdownMs(processor)).toFixed(3)} ms |`);
  console.log(markdownRows.at(-1));
}

type Feed = 'one at a time (await each)' | 'all at once (Promise.all)' | 'one directory (addDirectory)';

/** Indexes the HTML files of `dist` with Pagefind's Node API, fed in one of three ways. */
async function indexPages(dist: string, feed: Feed): Promise<{ addMs: number; writeMs: number }> {
  const pagefind = await import('pagefind');
  const files = walk(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
  const output = join(OUT, 'pagefind-test');
  rmSync(output, { recursive: true, force: true });
  const start = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  const add = (file: string) => index!.addHTMLFile({ sourcePath: relative(dist, file), content: readFileSync(file, 'utf8') });
  if (feed === 'one directory (addDirectory)') await index!.addDirectory({ path: dist });
  else if (feed === 'all at once (Promise.all)') await Promise.all(files.map(add));
  else for (const file of files) await add(file);
  const added = performance.now();
  await index!.writeFiles({ outputPath: output });
  await pagefind.close();
  return { addMs: added - start, writeMs: performance.now() - added };
}
const searchRows: string[] = [];
const feeds: Feed[] = ['one at a time (await each)', 'all at once (Promise.all)', 'one directory (addDirectory)'];
for (const feed of [...feeds, ...feeds]) {
  const { addMs, writeMs } = await indexPages(join(OUT, 'variant-dist-full'), feed);
  searchRows.push(`| ${feed} | ${s(addMs)} | ${s(writeMs)} |`);
  console.log(searchRows.at(-1));
}

const report = [
  `# Profile at N = ${n}`,
  '',
  `Median of ${repeat} build(s) each.`,
  '',
  '| variant | wall | vs full | CPU (vs full) | every run | phases |',
  '|---|---:|---:|---:|---|---|',
  ...rows,
  '',
  '## Markdown alone (2,000 generated bodies, in-process)',
  '',
  '| processor | per body |',
  '|---|---:|',
  ...markdownRows,
  '',
  '## Search index alone (Pagefind Node API over the full build\'s pages, twice each)',
  '',
  '| adding pages | add | write files |',
  '|---|---:|---:|',
  ...searchRows,
  '',
  '## CPU self time by package (full build)',
  '',
  '| package | self time |',
  '|---|---:|',
  ...table(selfTime(packageOf), 25),
  '',
  '## CPU self time by function (full build)',
  '',
  '| function | self time |',
  '|---|---:|',
  ...table(selfTime(functionOf), 40),
  '',
].join('\n');
writeFileSync(join(OUT, 'profile.md'), report);
console.log(report);
