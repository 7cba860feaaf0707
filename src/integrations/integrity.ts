/**
 * Runs the content integrity check when Astro starts (build, dev, check), so that bad content
 * fails `astro build` with every problem listed instead of a half-right site.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems, readContent } from '../lib/integrity.ts';
import { contentRoot } from '../lib/paths.ts';

export default function integrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkContent(readContent(contentRoot()));
        if (problems.length > 0) {
          throw new Error(`Content check failed with ${problems.length} problem(s):\n${formatProblems(problems)}`);
        }
        logger.info('content check passed');
      },
    },
  };
}
