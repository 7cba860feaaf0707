/**
 * The wiring of the content check and the build wrapper, with three real builds of the small
 * fixture (every kind of bad content is a fast unit test in tests/unit/integrity.test.ts):
 * a valid build, then two broken ones into the same folder, which must leave it as it was.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../helpers/build.ts';

const root = copyFixture();
const content = join(root, 'content');
const dist = join(root, 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

// The cases run in order: each builds into the folder the one before left.
describe('building the fixture', () => {
  let first: { code: number; output: string };
  beforeAll(async () => {
    first = await buildSite(content, dist);
  });

  it('builds, rendering GFM, allowed HTML and the site components in MDX', () => {
    expect(first.code, first.output).toBe(0);
    const html = page('relations/kazakhstan');
    expect(html).toMatch(/<table>[\s\S]*<th>Year<\/th>[\s\S]*<td>1998<\/td>/);
    expect(html).toMatch(/<section[^>]*class="footnotes"[\s\S]*<ol>[\s\S]*The footnote text/);
    expect(html).toContain('<a href="https://example.org/">');
    expect(html).toContain('<abbr title="Commonwealth of Independent States">CIS</abbr>');
    expect(page('treaties/allied')).toMatch(/Signed on <time datetime="2003-12-25">25 December 2003<\/time>, as <a href="\/sources\/school-textbook\/">School textbook/);
  });

  it('a build that fails after the content check leaves the last good build as it was', async () => {
    // Every bad value an editor can write is now caught by the check, so the failure comes from
    // the machine: Astro cannot write its cache (a folder under a file) once the check passed.
    const before = page('treaties/allied');
    writeFileSync(join(dist, 'marker'), 'last good build');
    const { code, output } = await buildSite(content, dist, { ASTRO_CACHE_DIR: '/dev/null/cache' });
    expect(code, output).not.toBe(0);
    expect(output).toContain('content check passed');
    expect(output).toMatch(/The build failed; .*dist\/ was left as it was\./);
    expect(page('treaties/allied')).toBe(before);
    expect(readFileSync(join(dist, 'marker'), 'utf8')).toBe('last good build');
    expect(readdirSync(dirname(dist)).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });

  it('raw HTML fails the content check with one clean list and builds nothing', async () => {
    appendFileSync(join(content, 'events/signing.md'), '\n<meta http-equiv="refresh" content="2;url=https://evil.example/">\n');
    const { code, output } = await buildSite(content, dist);
    expect(code).toBe(1);
    const report = output.slice(output.indexOf('The content check'), output.indexOf('The build failed'));
    expect(report.replaceAll(relative(process.cwd(), content), '<content>')).toMatchInlineSnapshot(`
      "The content check found 1 problem in 1 file:

      <content>/events/signing.md:14 text: the HTML element <meta> is not allowed in an entry's text (use Markdown, or an element from the list in the README)

      Nothing was built. Fix these and build again.

      "
    `);
    expect(output).not.toMatch(/Stack trace|unhandled error|at .*\.ts:\d+/i);
    expect(readFileSync(join(dist, 'marker'), 'utf8')).toBe('last good build');
  });
});
