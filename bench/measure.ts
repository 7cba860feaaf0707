/**
 * Running one `astro build` and measuring it: wall time, peak RSS (GNU time's maximum resident
 * set size, i.e. of the largest process of the build, not the sum of its children), the page
 * count and the size of the output, plus Astro's own per-phase timings from its log.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const TIME = '/usr/bin/time';

export interface BuildResult {
  /** Wall time of the whole `astro build` process, in ms. */
  wallMs: number;
  /** Peak resident set size in bytes, or undefined without GNU time. */
  peakRss?: number;
  /** User + system CPU time in ms (less sensitive to a busy machine than wall time), if known. */
  cpuMs?: number;
  pages: number;
  distBytes: number;
  /** Bytes of dist/pagefind/, or undefined if the build made no search index. */
  pagefindBytes?: number;
  /** Astro's own phase timings in ms, parsed from its log (see parsePhases). */
  phases: Record<string, number>;
  log: string;
}

/** The machine's CPU time since boot, in clock ticks, from the first line of /proc/stat. */
export interface CpuTicks {
  total: number;
  iowait: number;
  steal: number;
}

/** Reads "cpu  user nice system idle iowait irq softirq steal …" (see proc(5)). */
export function parseCpuLine(line: string): CpuTicks {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return { total: user + nice + system + idle + iowait + irq + softirq + steal, iowait, steal };
}

/** The machine's CPU ticks now; undefined where there is no /proc/stat. */
export function cpuTicks(): CpuTicks | undefined {
  return existsSync('/proc/stat') ? parseCpuLine(readFileSync('/proc/stat', 'utf8').split('\n')[0]) : undefined;
}

/**
 * The share of the machine's CPU time between two readings that the hypervisor gave to other
 * machines (steal) or that waited for the disk (I/O wait): time lost to the shared VM, which
 * slows every build of a run whatever the project does.
 */
export function lostShare(before: CpuTicks, after: CpuTicks): { steal: number; iowait: number } {
  const total = after.total - before.total;
  return total > 0 ? { steal: (after.steal - before.steal) / total, iowait: (after.iowait - before.iowait) / total } : { steal: 0, iowait: 0 };
}

/** The run with the median wall time. */
export function median(runs: BuildResult[]): BuildResult {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)];
}

/** Every file under a directory, as absolute paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Total bytes of the files under a directory. */
export function dirBytes(dir: string): number {
  return walk(dir).reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Milliseconds from a duration in Astro's log: "845ms", "1.23s" or, from a minute on, "1m 2s". */
function toMs(text: string): number {
  const [, minutes, value, unit] = /(?:(\d+)m )?([\d.]+)(ms|s)/.exec(text)!;
  return Number(minutes ?? 0) * 60_000 + (unit === 's' ? Number(value) * 1000 : Number(value));
}

/**
 * Astro's phases, from the durations its log prints (the per-line timestamps have only
 * second resolution): "Collecting build info… ✓ Completed in" covers config, the content check,
 * content sync and types; then the Vite bundles ("✓ built in"); then "generating static routes
 * ✓ Completed in" (rendering every page). What is left of "N page(s) built in" after those is
 * the build:done hooks (sitemap, search index), and what is left of the wall time is Node and
 * Astro starting up.
 */
function parsePhases(log: string, wallMs: number): Record<string, number> {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const completed = [...plain.matchAll(/✓ Completed in ((?:\d+m )?[\d.]+m?s)/g)].map((m) => toMs(m[1]));
  const vite = [...plain.matchAll(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/g)].reduce((sum, m) => sum + toMs(m[1]), 0);
  const total = /page\(s\) built in ((?:\d+m )?[\d.]+m?s)/.exec(plain);
  if (completed.length < 3 || !total) return {};
  const [info, render, buildStep] = completed;
  const astro = toMs(total[1]);
  return {
    startup: wallMs - astro,
    'config, check, content sync': info,
    'vite bundles': vite,
    'render pages': render,
    'build:done hooks': astro - info - buildStep,
  };
}

/**
 * Runs `astro build` in `cwd` with extra environment variables (and optionally extra Node or
 * Astro arguments), under GNU time when available, and measures the result in `dist`. Throws with the log if the build fails.
 */
export function build(
  cwd: string,
  dist: string,
  env: Record<string, string>,
  extra: { nodeArgs?: string[]; astroArgs?: string[] } = {},
): BuildResult {
  const useTime = existsSync(TIME);
  const args = [process.execPath, ...(extra.nodeArgs ?? []), ASTRO, 'build', ...(extra.astroArgs ?? [])];
  const [cmd, argv] = useTime ? [TIME, ['-f', 'PEAK_RSS_KB=%M CPU_S=%U+%S', ...args]] : [args[0], args.slice(1)];
  const start = performance.now();
  const child = spawnSync(cmd, argv, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const log = `${child.stdout}\n${child.stderr}`;
  if (child.status !== 0) throw new Error(`astro build failed in ${cwd} (exit ${child.status}):\n${log.slice(-4000)}`);
  const rss = /PEAK_RSS_KB=(\d+)/.exec(child.stderr);
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(child.stderr);
  const files = walk(dist);
  const pagefind = join(dist, 'pagefind');
  return {
    wallMs,
    peakRss: rss ? Number(rss[1]) * 1024 : undefined,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined,
    pages: files.filter((f) => f.endsWith('.html') && !f.startsWith(pagefind + '/')).length,
    distBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    pagefindBytes: existsSync(pagefind) ? dirBytes(pagefind) : undefined,
    phases: parsePhases(log, wallMs),
    log,
  };
}
