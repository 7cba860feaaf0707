/** One build per checkout: a second build is refused while the first runs; a dead build's lock is taken over. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import buildLock from '../../src/integrations/build-lock.ts';

function setup(holderPid: number) {
  const root = mkdtempSync(join(tmpdir(), 'kfp-lock-'));
  mkdirSync(join(root, '.astro'));
  const lock = join(root, '.astro/build.lock');
  writeFileSync(lock, JSON.stringify({ pid: holderPid, content: '/work/content', dist: '/work/dist', started: '2026-12-02T16:00:00.000Z' }));
  const hook = buildLock().hooks['astro:config:setup'] as (params: unknown) => void;
  const run = () => hook({ command: 'build', config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/other-dist/`) } });
  return { lock, run };
}

afterEach(() => vi.restoreAllMocks());

describe('build lock', () => {
  it('refuses a second build while the first runs, saying which build holds the checkout', () => {
    const { run } = setup(process.pid);
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(run).toThrow('exit');
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls[0][0].replace(String(process.pid), '<pid>')).toMatchInlineSnapshot(`
      "Another build from this checkout is running (process <pid>, since 2026-12-02T16:00:00.000Z: /work/content into /work/dist).
      Builds from one checkout share its .astro/ folder and would break each other. Wait for that build to finish, or build from another checkout.
      "
    `);
  });

  it("takes over the lock of a build that died", () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const { lock, run } = setup(dead);
    run();
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
  });
});
