// Checks the content folder (CONTENT_DIR, default ./content) without building the site.
import { checkContent, formatProblems, readContent } from '../src/lib/integrity.ts';
import { contentRoot } from '../src/lib/paths.ts';

const problems = checkContent(readContent(contentRoot()));
if (problems.length > 0) {
  console.error(`Content check failed with ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`Content check passed: ${contentRoot()}`);
