/**
 * `npm run build`: `astro build` into a staging folder beside the output folder (DIST_DIR,
 * default ./dist), swapped in only when the whole build, search index included, succeeded.
 * Astro empties its output folder before it renders, so a build that fails half-way would
 * otherwise leave a half-built site where the last good one was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isRunning } from '../src/lib/processes.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const shown = relative(process.cwd(), dist) || dist;
const staging = `${dist}.building-${process.pid}`;

// Leftovers of builds that were killed before they could clean up.
const leftover = new RegExp(`^${basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|old)-(\\d+)$`);
for (const name of existsSync(dirname(dist)) ? readdirSync(dirname(dist)) : []) {
  const match = leftover.exec(name);
  if (match && !isRunning(Number(match[2]))) rmSync(join(dirname(dist), name), { recursive: true, force: true });
}

const astro = resolve('node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DIST_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`The build failed; ${shown}/ was left as it was.`);
  process.exit(build.status ?? 1);
}
const old = `${dist}.old-${process.pid}`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${shown}/`);
