/**
 * One build at a time per checkout. Every build writes Astro's generated files under .astro/
 * in the project (and, when the output folder is outside it, its pre-render bundle too), so two
 * builds at once, even with different CONTENT_DIR and DIST_DIR, overwrite each other's files.
 * The second build is refused with a message saying which build holds the checkout; a lock
 * left by a build that died is taken over.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../lib/paths.ts';
import { isRunning } from '../lib/processes.ts';

interface Holder {
  pid: number;
  content: string;
  dist: string;
  started: string;
}

/** Takes the lock file, or returns the live build that holds it. */
function acquire(lock: string, me: Holder): Holder | undefined {
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, JSON.stringify(me), { flag: 'wx' });
      process.on('exit', () => rmSync(lock, { force: true }));
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: Holder | undefined;
      try {
        holder = JSON.parse(readFileSync(lock, 'utf8'));
      } catch {
        // Unreadable: a build died while writing it.
      }
      if (holder && isRunning(holder.pid)) return holder;
      rmSync(lock, { force: true });
    }
  }
  return undefined;
}

export default function buildLock(): AstroIntegration {
  return {
    name: 'build-lock',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const lock = fileURLToPath(new URL('.astro/build.lock', config.root));
        const me = { pid: process.pid, content: contentRoot(), dist: fileURLToPath(config.outDir), started: new Date().toISOString() };
        const holder = acquire(lock, me);
        if (!holder) return;
        console.error(
          `Another build from this checkout is running (process ${holder.pid}, since ${holder.started}: ${holder.content} into ${holder.dist}).\n` +
            'Builds from one checkout share its .astro/ folder and would break each other. Wait for that build to finish, or build from another checkout.\n',
        );
        process.exit(1);
      },
    },
  };
}
