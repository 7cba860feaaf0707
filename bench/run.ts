/**
 * The benchmark (`npm run bench`; not part of `npm test`). For N = 50, 500 and 5,000 generated
 * entries (or the sizes given as arguments: `npm run bench -- 50 500`) it:
 *
 * 1. generates content into bench/out/content-N/ (bench/generate.ts);
 * 2. builds the site from it with search, each build with its own dist and Astro cache, and
 *    records wall time, ms per page, peak RSS, dist size and the Pagefind index size;
 * 3. builds a bare Astro project with the same number of plain Markdown pages
 *    (bench/bare.ts) and reports our time as a ratio to it, and the same pages as a content
 *    collection (what the content layer alone costs);
 *
 * then measures a first search in Chromium on the 500-entry build (the target) and on the
 * 5,000-entry one (to show how it grows) with bench/search.ts, and writes bench/RESULTS.md
 * with bench/report.ts. Where the time goes is bench/profile.ts's job.
 *
 * Builds of N ≤ 500 run five times (ours and the baselines alternately, so that a busy moment
 * of the machine hits all of them; one build varies by up to 1.5 s on the shared 2-core VM) and
 * report the median; the 5,000 builds run once (BENCH_REPEAT=k overrides both). Everything but RESULTS.md goes to bench/out/ (git-ignored).
 *
 * BENCH_CONFIG=<path> builds ours with another Astro config (e.g. a variant written by
 * bench/profile.ts, to measure a proposed fix the same way) and writes the report to
 * bench/out/RESULTS-<config name>.md instead of bench/RESULTS.md.
 */
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { generateContent } from './generate.ts';
import { generateBareProject, generateCollectionProject } from './bare.ts';
import { build, median, ROOT, type BuildResult } from './measure.ts';
import { measureFirstSearch, searchUnavailable, type SearchResult } from './search.ts';
import { machine, writeResults, type SizeResult } from './report.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const OUT = join(ROOT, 'bench/out');
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length > 0 ? SIZES : [50, 500, 5000];
const SEARCH_SIZES = sizes.filter((n) => n >= 500);
const CONFIG = process.env.BENCH_CONFIG;
const repeats = (n: number) => Number(process.env.BENCH_REPEAT ?? (n <= 500 ? 5 : 1));

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
const queries = new Map<number, string>();
const started = new Date();
mkdirSync(OUT, { recursive: true });

for (const n of sizes) {
  const content = join(OUT, `content-${n}`);
  const { countryNames } = generateContent(content, n, join(ROOT, 'content'));
  queries.set(n, countryNames[Math.floor(countryNames.length / 2)]);
  const ours: BuildResult[] = [];
  const bare: BuildResult[] = [];
  const collection: BuildResult[] = [];
  const bareDir = join(OUT, `bare-${n}`);
  const collectionDir = join(OUT, `bare-collection-${n}`);
  for (let i = 0; i < repeats(n); i++) {
    ours.push(buildOurs(n, content));
    if (i === 0) {
      generateBareProject(bareDir, ours[0].pages, content);
      generateCollectionProject(collectionDir, ours[0].pages, content);
    }
    bare.push(buildBare(bareDir));
    collection.push(buildBare(collectionDir));
    console.log(
      `N=${n} run ${i + 1}: ours ${seconds(ours[i].wallMs)} (${ours[i].pages} pages), bare ${seconds(bare[i].wallMs)}, ` +
        `bare with a collection ${seconds(collection[i].wallMs)} (${collection[i].pages} pages)`,
    );
  }
  // The last build of ours stays in dist-N, for the search measurement.
  const wall = (runs: BuildResult[]) => runs.map((r) => r.wallMs);
  results.push({
    n,
    ours: median(ours),
    bare: median(bare),
    collection: median(collection),
    oursRuns: wall(ours),
    bareRuns: wall(bare),
    collectionRuns: wall(collection),
  });
}

const searches: (SearchResult | string)[] = [];
for (const n of SEARCH_SIZES) {
  const dist = join(OUT, `dist-${n}`);
  const unavailable = searchUnavailable(dist);
  if (unavailable) {
    searches.push(`N=${n}: not measured: ${unavailable}`);
    continue;
  }
  const search = measureFirstSearch(dist, queries.get(n)!, n);
  console.log(`N=${n} first search for "${search.query}": ${search.firstResultMs.toFixed(0)} ms, ${search.transfers.length} requests`);
  searches.push(search);
}

const info = machine(started);
writeFileSync(join(OUT, 'results.json'), JSON.stringify({ info, results, searches }, (k, v) => (k === 'log' ? undefined : v), 2));
const report = CONFIG ? join(OUT, `RESULTS-${basename(CONFIG).replace(/\.config\.m?js$/, '')}.md`) : join(ROOT, 'bench/RESULTS.md');
writeResults(report, { info, results, searches, config: CONFIG });
console.log(`wrote ${relative(ROOT, report)}`);
