/**
 * The benchmark (`npm run bench`; not part of `npm test`). For N = 50, 500 and 5,000 generated
 * entries (or the sizes given as arguments: `npm run bench -- 50 500`) it:
 *
 * 1. generates content into bench/out/content-N/ (bench/generate.ts);
 * 2. builds the site from it with search, each build with its own dist and Astro cache, and
 *    records wall time, ms per page, peak RSS, dist size and the Pagefind index size;
 * 3. builds the baselines with as many pages (bench/bare.ts): bare Astro with plain Markdown
 *    pages, the same pages as a content collection, the fair baseline, that collection
 *    indexed by Pagefind as ours is, and the fair baseline writing our built pages verbatim;
 *    our time is reported as a ratio to bare, to fair and to fair with our HTML;
 *
 * then builds ours once at N = 20,000 (BENCH_HUGE=0 skips it; its time and peak memory show
 * that it finishes), measures a first search in Chromium at N = 500 and 5,000 (navigation to
 * first result, and the bytes) and the header box (keystroke to first result, cold and warm,
 * median of 20 queries) with bench/search.ts, and writes bench/RESULTS.md with
 * bench/report.ts, plus the cost of a second language at N = 500 (bench/languages.ts).
 * Where the time goes is bench/profile.ts's job.
 *
 * Every size runs five rounds (BENCH_REPEAT=k overrides). A round builds ours and the baselines
 * one after another, in the opposite order in the next round, so that neither a busy spell of the
 * shared 2-core VM nor going first favours one of them; at 5,000, three rounds' ratios were still
 * too far apart for their median to say whether a target was met.
 * Everything but RESULTS.md goes to bench/out/ (git-ignored).
 *
 * BENCH_CONFIG=<path> builds ours with another Astro config (e.g. a variant written by
 * bench/profile.ts, to measure a proposed fix the same way) and writes the report to
 * bench/out/RESULTS-<config name>.md instead of bench/RESULTS.md.
 */
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { generateContent } from './generate.ts';
import { generateBareProject, generateCollectionProject, generateFairProject, generateOurHtmlProject } from './bare.ts';
import { build, cpuTicks, lostShare, median, ROOT, type BuildResult } from './measure.ts';
import { measureColdNavigation, measureFirstSearch, measureHeaderBox, searchUnavailable, type BoxResult, type ColdNavigation, type SearchResult } from './search.ts';
import { machine, writeResults, type SizeResult } from './report.ts';
import { languageSection, measureSecondLanguage, writeLanguageSection } from './languages.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const OUT = join(ROOT, 'bench/out');
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length > 0 ? SIZES : [50, 500, 5000];
const SEARCH_SIZES = sizes.filter((n) => n >= 500);
const CONFIG = process.env.BENCH_CONFIG;
const repeats = Number(process.env.BENCH_REPEAT ?? 5);
const HUGE = Number(process.env.BENCH_HUGE ?? 20_000);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function buildOurs(n: number, content: string): BuildResult {
  const dist = join(OUT, `dist-${n}`);
  const cache = join(OUT, `cache-${n}`);
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: cache };
  return build(ROOT, dist, env, CONFIG ? { astroArgs: ['--config', relative(ROOT, resolve(CONFIG))] } : {});
}

function buildBare(dir: string): BuildResult {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  return build(dir, join(dir, 'dist'), {});
}

const results: SizeResult[] = [];
const queries = new Map<number, string[]>();
const started = new Date();
mkdirSync(OUT, { recursive: true });

for (const n of sizes) {
  const content = join(OUT, `content-${n}`);
  const { countryNames } = generateContent(content, n, join(ROOT, 'content'));
  // 20 names spread over the list: the first is the first-search query, all are header-box queries.
  queries.set(n, Array.from({ length: 20 }, (_, i) => countryNames[Math.floor(((i + 0.5) * countryNames.length) / 20)]));
  const runs: Record<'ours' | 'bare' | 'collection' | 'fair' | 'ourHtml', BuildResult[]> = { ours: [], bare: [], collection: [], fair: [], ourHtml: [] };
  const dirs = { bare: join(OUT, `bare-${n}`), collection: join(OUT, `bare-collection-${n}`), fair: join(OUT, `fair-${n}`), ourHtml: join(OUT, `fair-our-html-${n}`) };
  const ticks = cpuTicks();
  for (let i = 0; i < repeats; i++) {
    if (i === 0) {
      // The baselines need our page count, so the first build of ours comes first.
      runs.ours.push(buildOurs(n, content));
      const pages = runs.ours[0].pages;
      generateBareProject(dirs.bare, pages, content);
      generateCollectionProject(dirs.collection, pages, content);
      generateFairProject(dirs.fair, pages, content);
      generateOurHtmlProject(dirs.ourHtml, pages, content, join(OUT, `dist-${n}`));
    }
    const order = (['bare', 'collection', 'fair', 'ourHtml', 'ours'] as const).filter((k) => i > 0 || k !== 'ours');
    for (const kind of i % 2 === 0 ? order : [...order].reverse()) {
      runs[kind].push(kind === 'ours' ? buildOurs(n, content) : buildBare(dirs[kind]));
    }
    console.log(
      `N=${n} round ${i + 1}: ours ${seconds(runs.ours[i].wallMs)} (${runs.ours[i].pages} pages), bare ${seconds(runs.bare[i].wallMs)}, ` +
        `collection ${seconds(runs.collection[i].wallMs)}, fair (collection + Pagefind) ${seconds(runs.fair[i].wallMs)}, ` +
        `fair with our HTML ${seconds(runs.ourHtml[i].wallMs)}`,
    );
  }
  const wall = (list: BuildResult[]) => list.map((r) => r.wallMs);
  const after = cpuTicks();
  results.push({
    n,
    lost: ticks && after ? lostShare(ticks, after) : undefined,
    ours: median(runs.ours),
    bare: median(runs.bare),
    collection: median(runs.collection),
    fair: median(runs.fair),
    ourHtml: median(runs.ourHtml),
    oursRuns: wall(runs.ours),
    bareRuns: wall(runs.bare),
    collectionRuns: wall(runs.collection),
    fairRuns: wall(runs.fair),
    ourHtmlRuns: wall(runs.ourHtml),
  });
}

let huge: { n: number; build: BuildResult } | undefined;
if (HUGE > 0) {
  const content = join(OUT, `content-${HUGE}`);
  generateContent(content, HUGE, join(ROOT, 'content'));
  huge = { n: HUGE, build: buildOurs(HUGE, content) };
  console.log(`N=${HUGE}: ours ${seconds(huge.build.wallMs)}, peak RSS ${((huge.build.peakRss ?? 0) / 1e6).toFixed(0)} MB`);
  rmSync(join(OUT, `dist-${HUGE}`), { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
}

const searches: (SearchResult | string)[] = [];
const boxes: BoxResult[] = [];
let cold: ColdNavigation | undefined;
for (const n of SEARCH_SIZES) {
  const dist = join(OUT, `dist-${n}`);
  const unavailable = searchUnavailable(dist);
  if (unavailable) {
    searches.push(`N=${n}: not measured: ${unavailable}`);
    continue;
  }
  const list = queries.get(n)!;
  const search = measureFirstSearch(dist, list[0], n);
  console.log(`N=${n} first search for "${search.query}": ${search.firstResultMs.toFixed(0)} ms, ${search.transfers.length} requests`);
  searches.push(search);
  if (n === 500) {
    cold = measureColdNavigation(dist, list[0], n);
    console.log(`N=${n} cold navigation: ours ${cold.ours.map((ms) => ms.toFixed(0)).join(', ')} ms; Pagefind alone ${cold.floor.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }
  const box = measureHeaderBox(dist, list, n);
  console.log(`N=${n} header box: cold ${box.coldMs.map((ms) => ms.toFixed(0)).join(', ')} ms; warm ${box.warmMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  boxes.push(box);
}

const info = machine(started);
writeFileSync(join(OUT, 'results.json'), JSON.stringify({ info, results, huge, searches, boxes, cold }, (k, v) => (k === 'log' ? undefined : v), 2));
const report = CONFIG ? join(OUT, `RESULTS-${basename(CONFIG).replace(/\.config\.m?js$/, '')}.md`) : join(ROOT, 'bench/RESULTS.md');
writeResults(report, { info, results, huge, searches, boxes, cold, config: CONFIG });
// The cost of a second language (bench/languages.ts), as a section of the same report.
if (sizes.includes(500)) writeLanguageSection(report, languageSection(measureSecondLanguage(500)));
console.log(`wrote ${relative(ROOT, report)}`);
