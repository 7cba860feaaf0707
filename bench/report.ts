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
import { RESULT_SELECTOR, type SearchResult } from './search.ts';

const FINDINGS = '<!-- findings: everything below is written by hand and kept by `npm run bench` -->';

/** Targets of issue 7. */
export const TARGETS = { ratio: 1.3, growth: 1.3, searchBytes: 150_000 };

export interface SizeResult {
  n: number;
  ours: BuildResult;
  bare: BuildResult;
  /** The bare pages as a content collection (bench/bare.ts): not a target, a floor. */
  collection: BuildResult;
  oursRuns: number[];
  bareRuns: number[];
  collectionRuns: number[];
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

function buildTable(results: SizeResult[]): string[] {
  return [
    '| N entries | pages | our wall time | ms/page | peak RSS | dist size | pagefind size | bare time | ours / bare | bare with a collection | it / bare |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(({ n, ours, bare, collection, oursRuns, bareRuns, collectionRuns }) => {
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
        `${ratioToBare(collectionRuns, bareRuns).toFixed(2)}×`,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function phaseTable(results: SizeResult[]): string[] {
  const builds = (r: SizeResult) => [r.ours, r.bare, r.collection];
  const names = [...new Set(results.flatMap((r) => builds(r).flatMap((b) => Object.keys(b.phases))))];
  if (names.length === 0) return ['(Astro\'s log could not be parsed.)'];
  const row = (cell: (b: BuildResult) => string) => results.map((r) => builds(r).map(cell).join(' | ')).join(' | ');
  return [
    `| phase | ${results.map(({ n }) => ['ours', 'bare', 'bare + collection'].map((w) => `${w} N=${n.toLocaleString('en')}`).join(' | ')).join(' | ')} |`,
    `|---|${results.map(() => '---:|---:|---:').join('|')}|`,
    ...names.map((name) => `| ${name} | ${row((b) => (b.phases[name] === undefined ? '–' : s(b.phases[name])))} |`),
    `| *wall time* | ${row((b) => s(b.wallMs))} |`,
    `| *CPU time (user + sys)* | ${row((b) => (b.cpuMs === undefined ? '–' : s(b.cpuMs)))} |`,
  ];
}

function targets(results: SizeResult[], searches: (SearchResult | string)[]): string[] {
  const lines = results.map(({ n, oursRuns, bareRuns }) => {
    const ratio = ratioToBare(oursRuns, bareRuns);
    return `- ≤ ${TARGETS.ratio}× the bare-Astro baseline at N = ${n.toLocaleString('en')}: ${ratio.toFixed(2)}× — ${mark(ratio <= TARGETS.ratio)}`;
  });
  const at = (n: number) => results.find((r) => r.n === n);
  const [mid, big] = [at(500), at(5000)];
  if (mid && big) {
    const growth = perPage(big.ours) / perPage(mid.ours);
    lines.push(
      `- ms/page at 5,000 ≤ ${TARGETS.growth}× ms/page at 500: ${perPage(big.ours).toFixed(2)} vs ${perPage(mid.ours).toFixed(2)} ms/page, ${growth.toFixed(2)}× — ${mark(growth <= TARGETS.growth)}`,
    );
  } else lines.push('- ms/page growth from 500 to 5,000: not measured (both sizes are needed)');
  const first = searches[0];
  if (first === undefined) lines.push('- first search ≤ 150 KB: not measured (needs N ≥ 500)');
  else if (typeof first === 'string') lines.push(`- first search ≤ 150 KB: ${first}`);
  else {
    const total = first.transfers.reduce((sum, t) => sum + t.gzip, 0);
    lines.push(`- first search ≤ 150 KB (gzip, search page included) at N = ${first.n.toLocaleString('en')}: ${kb(total)} — ${mark(total <= TARGETS.searchBytes)}`);
  }
  return lines;
}

function searchSection(searches: (SearchResult | string)[]): string[] {
  if (searches.length === 0) return ['Not measured: no build of N ≥ 500 in this run.'];
  const sum = (list: SearchResult['transfers'], key: 'raw' | 'gzip') => list.reduce((total, t) => total + t[key], 0);
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
    ...measured.map((m) => {
      const rest = m.transfers.filter((t) => t.path !== '/search/');
      return `| ${m.n.toLocaleString('en')} | ${m.query} | ${m.firstResultMs.toFixed(0)} ms | ${m.results} | ${m.transfers.length} | ${kb(sum(m.transfers, 'gzip'))} | ${kb(sum(rest, 'gzip'))} | ${kb(sum(m.transfers, 'raw'))} |`;
    }),
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
  run: { info: Machine; results: SizeResult[]; searches: (SearchResult | string)[]; config?: string },
): void {
  const { info, results, searches, config } = run;
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const findings = previous.includes(FINDINGS) ? previous.slice(previous.indexOf(FINDINGS) + FINDINGS.length).trim() : '## Findings\n\n(none yet)';
  const runs = results.map(
    (r) => `N=${r.n}: ours ${r.oursRuns.map(s).join(', ')}; bare ${r.bareRuns.map(s).join(', ')}; bare with a collection ${r.collectionRuns.map(s).join(', ')}`,
  );
  const text = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${info.date}. N generated entries (40 % events,`,
    '25 % countries, 15 % treaties, 10 % organizations, 10 % priorities, plus the 5 real sources),',
    'built cold (own dist and Astro cache) with the search index; the bare baseline is an Astro',
    'project with only `site` in its config and the same number of plain Markdown pages. "Bare with',
    'a collection" is that project with the pages moved into one content collection (glob loader,',
    'no schema, one dynamic route): not a target, but what the content layer the stack requires',
    'costs by itself.',
    'Wall time is the whole `astro build` process; each time is the median of the runs listed under the',
    'table, and each ratio the median of the ratios within a round (ours and the baselines are built',
    'one after another in each round, so a busy spell of the shared machine cancels out).',
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
    '## Targets',
    '',
    ...targets(results, searches),
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
    FINDINGS,
    '',
    findings,
    '',
  ].join('\n');
  writeFileSync(file, text);
}
