/**
 * Runs the content check when Astro starts (build, dev, check), so that bad content fails
 * `astro build` before anything is written, with every problem listed, and before Astro reads
 * the collections, so that it never reports a bad entry in its own words first.
 *
 * The list is printed here and the process ends with exit code 1, rather than thrown: Astro
 * wraps any error thrown by a hook in "An unhandled error occurred while running the hook"
 * and a stack trace, which reads like a crash of the site, not a list of fixes to make.
 */
import type { AstroIntegration } from 'astro';
import { checkFolder, reportProblems } from '../lib/integrity.ts';
import { contentRoot } from '../lib/paths.ts';

export default function integrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkFolder(contentRoot());
        if (problems.length > 0) {
          console.error(`${reportProblems(problems)}\nNothing was built. Fix these and build again.\n`);
          process.exit(1);
        }
        logger.info('content check passed');
      },
    },
  };
}
