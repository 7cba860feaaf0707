/**
 * Writes bench/RESULTS.md: the machine, the build table, the targets, Astro's phase timings
 * and the first search. Everything after the FINDINGS marker in an existing RESULTS.md is
 * hand-written analysis and is kept as it is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { ROOT, type BuildResult } from './measure.ts';
import { medianOf, RESULT_SELECTOR, type BoxResult, type ColdNavigation, type SearchResult } from './search.ts';

const FINDINGS = '<!-- findings: everything below is written by hand and kept by `npm run bench` -->';

/** Targets of issue 13 (build time against the fair baseline, search bytes and times). */
export const TARGETS = { fairRatio: 1.5, bytes5000: 200_000, bytes500: 130_000, warmMs: 50, coldMs500: 400 };

export interface SizeResult {
  n: number;
  ours: BuildResult;
  bare: BuildResult;
  /** The bare pages as a content collection (bench/bare.ts): not a target, a floor. */
  collection: BuildResult;
  /** The collection project indexed by Pagefind as ours is (bench/bare.ts): the fair baseline. */
  fair: BuildResult;
  /** The fair project writing our built pages verbatim (bench/bare.ts): what pages of our size cost by themselves. */
  ourHtml: BuildResult;
  oursRuns: number[];
  bareRuns: number[];
  collectionRuns: number[];
  fairRuns: number[];
  ourHtmlRuns: number[];
  /** The machine's CPU time lost to steal and I/O wait while this size's builds ran (Linux only). */
  lost?: { steal: number; iowait: number };
}

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ramBytes: number;
  os: string;
  node: string;
  astro: string;
  pagefind: string;
  chromium: string;
  load: string;
}

const version = (pkg: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;

/** What the benchmark ran on. */
export function machine(started: Date): Machine {
  let chromium = 'not found';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  const osName = existsSync('/etc/os-release') ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  return {
    date: started.toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramBytes: totalmem(),
    os: `${osName ?? 'Linux'} (kernel ${release()})`,
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    chromium,
    load: loadavg().map((l) => l.toFixed(2)).join(', '),
  };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed');
const perPage = (r: BuildResult) => r.wallMs / r.pages;

/**
 * A build's time as a ratio to bare: the median of the ratios within each round. A round builds
 * ours and the baselines one after another, so a busy spell of the shared machine that slows a
 * whole round cancels out, which it does not between two separate medians.
 */
export function ratioToBare(runs: number[], bareRuns: number[]): number {
  const ratios = runs.map((ms, i) => ms / bareRuns[i]).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)];
}

/**
 * Milliseconds per page added between two sizes: what one more page costs, without the fixed
 * start-up cost that the average (wall time / pages) spreads over every page.
 */
export function marginalMs(small: BuildResult, big: BuildResult): number {
  return (big.wallMs - small.wallMs) / (big.pages - small.pages);
}

/**
 * How much of the machine's CPU time the shared VM lost while each size was built: a run with
 * much steal or I/O wait is slower for reasons outside the project, and the baselines may suffer
 * more or less from it than ours.
 */
function lostLine(results: SizeResult[]): string[] {
  const measured = results.filter((r) => r.lost);
  if (measured.length === 0) return [];
  const pct = (share: number) => `${Math.round(share * 100)} %`;
  return [`CPU time the machine lost while the builds ran (/proc/stat): ${measured.map((r) => `N=${r.n} steal ${pct(r.lost!.steal)}, I/O wait ${pct(r.lost!.iowait)}`).join('; ')}.`, ''];
}

function buildTable(results: SizeResult[]): string[] {
  return [
    '| N entries | pages | our wall time | ms/page | peak RSS | dist size | pagefind size | bare time | ours / bare | bare with a collection | fair (collection + Pagefind) | ours / fair | fair with our HTML | ours / fair with our HTML |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(({ n, ours, bare, collection, fair, ourHtml, oursRuns, bareRuns, fairRuns, ourHtmlRuns }) => {
      const cells = [
        n.toLocaleString('en'),
        ours.pages.toLocaleString('en'),
        s(ours.wallMs),
        perPage(ours).toFixed(2),
        ours.peakRss ? mb(ours.peakRss) : 'n/a',
        mb(ours.distBytes),
        ours.pagefindBytes === undefined ? 'not built' : mb(ours.pagefindBytes),
        s(bare.wallMs),
        `${ratioToBare(oursRuns, bareRuns).toFixed(2)}×`,
        s(collection.wallMs),
        s(fair.wallMs),
        `${ratioToBare(oursRuns, fairRuns).toFixed(2)}×`,
        s(ourHtml.wallMs),
        `${ratioToBare(oursRuns, ourHtmlRuns).toFixed(2)}×`,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

/** Marginal cost per added page between consecutive sizes, ours and the fair baseline. */
function marginalTable(results: SizeResult[]): string[] {
  if (results.length < 2) return ['(needs two sizes)'];
  return [
    '| from N | to N | ours, ms per added page | fair, ms per added page | ours, average ms/page at the larger N |',
    '|---:|---:|---:|---:|---:|',
    ...results.slice(1).map((big, i) => {
      const small = results[i];
      return `| ${small.n.toLocaleString('en')} | ${big.n.toLocaleString('en')} | ${marginalMs(small.ours, big.ours).toFixed(2)} | ${marginalMs(small.fair, big.fair).toFixed(2)} | ${perPage(big.ours).toFixed(2)} |`;
    }),
  ];
}

function phaseTable(results: SizeResult[]): string[] {
  const builds = (r: SizeResult) => [r.ours, r.bare, r.collection, r.fair, r.ourHtml];
  const names = [...new Set(results.flatMap((r) => builds(r).flatMap((b) => Object.keys(b.phases))))];
  if (names.length === 0) return ['(Astro\'s log could not be parsed.)'];
  const row = (cell: (b: BuildResult) => string) => results.map((r) => builds(r).map(cell).join(' | ')).join(' | ');
  return [
    `| phase | ${results.map(({ n }) => ['ours', 'bare', 'bare + collection', 'fair', 'fair with our HTML'].map((w) => `${w} N=${n.toLocaleString('en')}`).join(' | ')).join(' | ')} |`,
    `|---|${results.map(() => '---:|---:|---:|---:|---:').join('|')}|`,
    ...names.map((name) => `| ${name} | ${row((b) => (b.phases[name] === undefined ? '–' : s(b.phases[name])))} |`),
    `| *wall time* | ${row((b) => s(b.wallMs))} |`,
    `| *CPU time (user + sys)* | ${row((b) => (b.cpuMs === undefined ? '–' : s(b.cpuMs)))} |`,
  ];
}

/** Gzip bytes of a first search. */
const firstBytes = (m: SearchResult) => m.transfers.reduce((sum, t) => sum + t.gzip, 0);

function targets(results: SizeResult[], searches: (SearchResult | string)[], boxes: BoxResult[], cold?: ColdNavigation): string[] {
  const lines = results
    .filter(({ n }) => n >= 500)
    .map(({ n, oursRuns, fairRuns, ourHtmlRuns }) => {
      const ratio = ratioToBare(oursRuns, fairRuns);
      const floor = ratioToBare(ourHtmlRuns, fairRuns);
      return (
        `- build time ≤ ${TARGETS.fairRatio}× the fair baseline at N = ${n.toLocaleString('en')}: ${ratio.toFixed(2)}× — ${mark(ratio <= TARGETS.fairRatio)}; ` +
        `the fair baseline writing our pages' HTML takes ${floor.toFixed(2)}× the fair baseline, ours ${ratioToBare(oursRuns, ourHtmlRuns).toFixed(2)}× that`
      );
    });
  const measured = searches.filter((x): x is SearchResult => typeof x !== 'string');
  const search = (n: number) => measured.find((m) => m.n === n);
  const box = (n: number) => boxes.find((b) => b.n === n);
  for (const [n, limit] of [[5000, TARGETS.bytes5000], [500, TARGETS.bytes500]] as const) {
    const m = search(n);
    lines.push(m ? `- first search at N = ${n.toLocaleString('en')} ≤ ${kb(limit)} gzip: ${kb(firstBytes(m))} — ${mark(firstBytes(m) <= limit)}` : `- first search at N = ${n.toLocaleString('en')}: not measured`);
  }
  const big = box(5000);
  if (big) lines.push(`- warm keystroke to first result at N = 5,000 ≤ ${TARGETS.warmMs} ms (median of ${big.warmMs.length}): ${medianOf(big.warmMs).toFixed(0)} ms — ${mark(medianOf(big.warmMs) <= TARGETS.warmMs)}`);
  if (cold) {
    const [ours, floor] = [medianOf(cold.ours), medianOf(cold.floor)];
    lines.push(
      `- cold navigation to first result at N = 500 ≤ ${TARGETS.coldMs500} ms (median of ${cold.ours.length}): ${ours.toFixed(0)} ms — ${mark(ours <= TARGETS.coldMs500)}; ` +
        `Pagefind alone on the same index takes ${floor.toFixed(0)} ms (${(ours / floor).toFixed(2)}× that)`,
    );
  }
  return lines;
}

function coldSection(cold: ColdNavigation | undefined): string[] {
  if (!cold) return ['Not measured: no build of N = 500 in this run.'];
  const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
  return [
    `The first search above at N = ${cold.n.toLocaleString('en')}, ${cold.ours.length} times on a cold profile, alternating with a page that`,
    'does nothing but load Pagefind, search and show the first title (bench/floor/): the floor',
    'under any search page built on Pagefind, on this machine.',
    '',
    '| page | median | every load |',
    '|---|---:|---|',
    `| our /search/ | ${medianOf(cold.ours).toFixed(0)} ms | ${list(cold.ours)} ms |`,
    `| Pagefind alone | ${medianOf(cold.floor).toFixed(0)} ms | ${list(cold.floor)} ms |`,
  ];
}

function boxSection(boxes: BoxResult[]): string[] {
  if (boxes.length === 0) return ['Not measured.'];
  return [
    'A content page (`/about/`); the time runs, inside the page, from the `input` event of the header',
    'box to the first option of its results list. Cold: a fresh profile per query, so the search',
    'code, index and WebAssembly load after the keystroke. Warm: one page, the box emptied between queries.',
    '',
    '| N entries | queries | cold, median | cold, min–max | warm, median | warm, min–max |',
    '|---:|---:|---:|---:|---:|---:|',
    ...boxes.map((b) => {
      const range = (list: number[]) => `${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)} ms`;
      return `| ${b.n.toLocaleString('en')} | ${b.queries.length} | ${medianOf(b.coldMs).toFixed(0)} ms | ${range(b.coldMs)} | ${medianOf(b.warmMs).toFixed(0)} ms | ${range(b.warmMs)} |`;
    }),
  ];
}

const sum = (list: SearchResult['transfers'], key: 'raw' | 'gzip') => list.reduce((total, t) => total + t[key], 0);

/** A first search as a row of the first-search tables. */
function searchRow(m: SearchResult): string {
  const rest = m.transfers.filter((t) => t.path !== `${m.lang ?? ''}/search/`);
  return `| ${m.n.toLocaleString('en')} | ${m.query} | ${m.firstResultMs.toFixed(0)} ms | ${m.results} | ${m.transfers.length} | ${kb(sum(m.transfers, 'gzip'))} | ${kb(sum(rest, 'gzip'))} | ${kb(sum(m.transfers, 'raw'))} |`;
}

/** The first search on the site's own content in each language: what the second language costs a reader. */
function searchSection(searches: (SearchResult | string)[]): string[] {
  if (searches.length === 0) return ['Not measured: no build of N ≥ 500 in this run.'];
  const measured = searches.filter((x): x is SearchResult => typeof x !== 'string');
  const lines = [
    'A cold Chromium profile opens `/search/?q=<a generated country name>` on the built site, served',
    'from localhost without compression. Time runs from navigation start to the first',
    `\`${RESULT_SELECTOR}\` in the DOM; bytes are every response requested until then, gzipped`,
    "(level 6) as a static host would send them; Pagefind's own files are gzip already and count",
    'as they are.',
  ];
  const failed = searches.filter((x): x is string => typeof x === 'string');
  if (failed.length > 0) lines.push('', ...failed.map((x) => `- ${x}`));
  if (measured.length === 0) return lines;
  lines.push(
    '',
    '| N entries | query | time to first result | results shown | requests | gzip, all | gzip, without the search page HTML | on disk, all |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...measured.map(searchRow),
  );
  for (const m of measured) {
    lines.push(
      '',
      `Requests at N = ${m.n.toLocaleString('en')} (the ${m.transfers.filter((t) => t.path.includes('/fragment/')).length} fragments are one per result shown):`,
      '',
      '| request | on disk | gzip |',
      '|---|---:|---:|',
      ...m.transfers.map((t) => `| \`${t.path}\` | ${kb(t.raw)} | ${kb(t.gzip)} |`),
    );
  }
  return lines;
}

/** Writes RESULTS.md, keeping the hand-written findings of the previous one. */
export function writeResults(
  file: string,
  run: {
    info: Machine;
    results: SizeResult[];
    huge?: { n: number; build: BuildResult };
    searches: (SearchResult | string)[];
    boxes: BoxResult[];
    cold?: ColdNavigation;
    config?: string;
  },
): void {
  const { info, results, huge, searches, boxes, cold, config } = run;
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const findings = previous.includes(FINDINGS) ? previous.slice(previous.indexOf(FINDINGS) + FINDINGS.length).trim() : '## Findings\n\n(none yet)';
  const runs = results.map(
    (r) =>
      `N=${r.n}: ours ${r.oursRuns.map(s).join(', ')}; bare ${r.bareRuns.map(s).join(', ')}; bare with a collection ${r.collectionRuns.map(s).join(', ')}; fair ${r.fairRuns.map(s).join(', ')}; fair with our HTML ${r.ourHtmlRuns.map(s).join(', ')}`,
  );
  const text = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${info.date}. N generated entries (40 % events,`,
    '25 % countries, 15 % treaties, 10 % organizations, 10 % priorities, plus the 5 real sources),',
    'built cold (own dist and Astro cache) with the search index; the bare baseline is an Astro',
    'project with only `site` in its config and the same number of plain Markdown pages. "Bare with',
    'a collection" is that project with the pages moved into one content collection (glob loader,',
    'no schema, one dynamic route), what the content layer the stack requires costs by itself. The',
    '**fair** baseline is that project with the same Pagefind indexing as ours (the project\'s own',
    '`writeIndex`, each page\'s text in `<main data-pagefind-body>`): the least the required stack costs.',
    '"Fair with our HTML" is the fair baseline with each page replaced by one of our built pages, copied',
    'verbatim: it writes and indexes as much HTML as ours with none of our rendering, so it shows what',
    'pages as large as ours cost the stack by themselves (Pagefind\'s time grows with the HTML it reads).',
    'Wall time is the whole `astro build` process; each time is the median of the runs listed under the',
    'table, and each ratio the median of the ratios within a round (ours and the baselines are built',
    'one after another in each round, in the opposite order in the next round, so a busy spell of the',
    'shared machine and the build order cancel out).',
    'Peak RSS is the largest single process (GNU time), not the sum. 1 MB = 10⁶ bytes, 1 KB = 10³ bytes.',
    ...(config ? ['', `**Built with \`${config}\` instead of the project\'s astro.config.mjs.**`] : []),
    '',
    '## Machine',
    '',
    `- date: ${info.date}`,
    `- CPU: ${info.cpu}, ${info.cores} cores`,
    `- RAM: ${(info.ramBytes / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${info.os}`,
    `- Node ${info.node}, Astro ${info.astro}, Pagefind ${info.pagefind}, ${info.chromium}`,
    `- load average when the run started: ${info.load} (the machine is shared, so times are noisy)`,
    '',
    '## Builds',
    '',
    ...buildTable(results),
    '',
    `Every run: ${runs.join('; ')}.`,
    '',
    ...lostLine(results),
    ...(huge
      ? [`At N = ${huge.n.toLocaleString('en')} (once, ours only): ${s(huge.build.wallMs)} for ${huge.build.pages.toLocaleString('en')} pages (${perPage(huge.build).toFixed(2)} ms/page), peak RSS ${huge.build.peakRss ? mb(huge.build.peakRss) : 'n/a'}, dist ${mb(huge.build.distBytes)}, pagefind ${huge.build.pagefindBytes === undefined ? 'not built' : mb(huge.build.pagefindBytes)}.`, '']
      : []),
    '### Marginal cost',
    '',
    'Wall time added per page added, between the medians of two sizes: the cost of growing the site,',
    'without the fixed start-up cost that the average above spreads over every page.',
    '',
    ...marginalTable(results),
    '',
    '## Targets',
    '',
    ...targets(results, searches, boxes, cold),
    '',
    '## Where the time goes',
    '',
    "From Astro's own log. \"config, check, content sync\" is Astro's \"Collecting build info\" step:",
    'config and integrations (our content check), content sync and types. "build:done hooks" is',
    'what remains of Astro\'s total after rendering: the sitemap and the Pagefind index. "startup"',
    'is the wall time outside Astro\'s own total (Node and Astro loading).',
    '',
    ...phaseTable(results),
    '',
    '## First search',
    '',
    ...searchSection(searches),
    '',
    '## Cold navigation against Pagefind alone',
    '',
    ...coldSection(cold),
    '',
    '## Header box',
    '',
    ...boxSection(boxes),
    '',
    FINDINGS,
    '',
    findings,
    '',
  ].join('\n');
  writeFileSync(file, text);
}
