// Adds every URL of the last build (dist/, or DIST_DIR) to published-urls.txt; never removes
// one. Run after `npm run build` when entries were added: `npm run urls:update`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatUrlList, isPublishedUrl, parseUrlList } from '../src/lib/published.ts';
import { DIST, urlOf, walk } from '../tests/helpers/dist.ts';

const LIST = 'published-urls.txt';
if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: run \`npm run build\` first`);
const listed = existsSync(LIST) ? parseUrlList(readFileSync(LIST, 'utf8')) : [];
const built = walk(DIST)
  .filter((file) => !(file.endsWith('.html') && readFileSync(file, 'utf8').includes('http-equiv="refresh"')))
  .map(urlOf)
  .filter(isPublishedUrl);
const added = built.filter((url) => !listed.includes(url));
writeFileSync(LIST, formatUrlList([...listed, ...built]));
console.log(`${LIST}: ${listed.length} listed, ${added.length} added${added.length ? `:\n  ${added.join('\n  ')}` : ''}`);
