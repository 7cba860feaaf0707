/** Builds the site from another content folder into another output folder, as `npm run build` does. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE = resolve('tests/fixtures/content');

/** A fresh temporary copy of the valid fixture content; returns its root folder. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'kfp-fixture-'));
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  return root;
}

/** Runs scripts/build.ts with CONTENT_DIR and DIST_DIR set (and `env`); resolves with the exit code and all output. */
export function buildSite(contentDir: string, distDir: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('scripts/build.ts')], {
      env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: distDir, ASTRO_CACHE_DIR: `${distDir}-cache`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
