// Checks the content folder (CONTENT_DIR, default ./content) without building the site.
import { checkFolder, reportProblems } from '../src/lib/integrity.ts';
import { contentRoot } from '../src/lib/paths.ts';

const problems = checkFolder(contentRoot());
if (problems.length > 0) {
  console.error(reportProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${contentRoot()}`);
