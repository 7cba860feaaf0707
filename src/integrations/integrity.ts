/**
 * Runs the content check when Astro starts (build, dev, check), so that bad content fails
 * `astro build` before anything is written, with every problem listed.
 *
 * The list is printed here and the process ends with exit code 1, rather than thrown: Astro
 * wraps any error thrown by a hook in "An unhandled error occurred while running the hook"
 * and a stack trace, which reads like a crash of the site, not a list of fixes to make.
 *
 * In a build, parsing every entry's text is most of the check's time, and nothing needs its
 * result before the pages are built: the whole check runs in a worker thread, on another core,
 * while Astro loads the collections; the build waits for it before it bundles a page. What
 * must hold before Astro reads the collections (files, fields, references) is checked at once
 * here too, so that Astro never reports a bad entry in its own words first. Either way the
 * list printed is the whole check's.
 */
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { checkFolder, reportProblems, type Problem } from '../lib/integrity.ts';
import { contentRoot } from '../lib/paths.ts';

function stopOn(problems: Problem[]): void {
  if (problems.length === 0) return;
  console.error(`${reportProblems(problems)}\nNothing was built. Fix these and build again.\n`);
  process.exit(1);
}

/** The whole check in a worker thread; the check on this thread if the worker cannot run. */
function checkInWorker(root: string): Promise<Problem[]> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./integrity-worker.ts', import.meta.url), { workerData: root });
    worker.unref();
    worker.once('message', resolve);
    worker.once('error', () => resolve(checkFolder(root)));
  });
}

export default function integrity(): AstroIntegration {
  let pending: Promise<Problem[]> | undefined;
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const root = contentRoot();
        if (command !== 'build') {
          stopOn(checkFolder(root));
          logger.info('content check passed');
          return;
        }
        pending = checkInWorker(root);
        if (checkFolder(root, { bodies: false }).length > 0) stopOn(await pending);
        logger.info('content check passed for files, fields and references; the text is checked alongside');
      },
      'astro:build:start': async ({ logger }) => {
        if (!pending) return;
        stopOn(await pending);
        logger.info('content check passed for the text');
      },
    },
  };
}
