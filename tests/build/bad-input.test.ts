/**
 * Broken content must fail `astro build` with a message naming the file and the field, and
 * must not leave a dist/ behind. Each case breaks one thing in a copy of the valid fixture.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../helpers/build.ts';

type Edit = (content: string) => void;

/** Replaces text in one fixture file, failing loudly if the text is not there. */
const replace = (file: string, from: string | RegExp, to: string): Edit => (content) => {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
  writeFileSync(path, next);
};

const COUNTRY = 'countries/kazakhstan.md';
const TREATY = 'treaties/allied.mdx';
const EVENT = 'events/signing.md';
const PRIORITY = 'priorities/neighbours.md';
const ORG = 'organizations/union.md';

const cases: { name: string; edit: Edit; file: string; field: string }[] = [
  { name: 'invalid YAML', edit: replace(EVENT, 'title: Fixture signing', 'title: [Fixture signing'), file: EVENT, field: '(frontmatter)' },
  { name: 'missing title', edit: replace(COUNTRY, /^title: .*\n/m, ''), file: COUNTRY, field: 'title' },
  { name: 'wrong type (string for a number)', edit: replace(PRIORITY, 'order: 1', 'order: first'), file: PRIORITY, field: 'order' },
  { name: 'wrong type (number for a string)', edit: replace(COUNTRY, 'title: Kazakhstan', 'title: 1992'), file: COUNTRY, field: 'title' },
  { name: 'impossible date 2003-02-30', edit: replace(EVENT, "'2003-12-25'", "'2003-02-30'"), file: EVENT, field: 'date' },
  { name: 'impossible month', edit: replace(COUNTRY, "relationsEstablished: '1992'", "relationsEstablished: '1992-13'"), file: COUNTRY, field: 'relationsEstablished' },
  { name: 'unquoted date', edit: replace(EVENT, "'2003-12-25'", '2003-12-25'), file: EVENT, field: 'date' },
  { name: 'unquoted year', edit: replace(COUNTRY, "relationsEstablished: '1992'", 'relationsEstablished: 1992'), file: COUNTRY, field: 'relationsEstablished' },
  { name: 'reference to a missing country', edit: replace(TREATY, 'countries: [kazakhstan]', 'countries: [kazakstan]'), file: TREATY, field: 'parties.countries[0]' },
  { name: 'reference to a missing organization', edit: replace(TREATY, 'establishes: union', 'establishes: onion'), file: TREATY, field: 'establishes' },
  { name: 'reference to a missing treaty', edit: replace(EVENT, 'treaties: [allied]', 'treaties: [alied]'), file: EVENT, field: 'treaties[0]' },
  { name: 'reference to a missing priority', edit: replace(COUNTRY, 'priorities: [neighbours]', 'priorities: [neighbors]'), file: COUNTRY, field: 'priorities[0]' },
  {
    name: 'duplicate id in two spellings',
    edit: (c) => cpSync(join(c, COUNTRY), join(c, 'countries/Kazakhstan.md')),
    file: 'countries/kazakhstan.md',
    field: 'id',
  },
  {
    name: 'duplicate id across .md and .mdx',
    edit: (c) => cpSync(join(c, ORG), join(c, 'organizations/union.mdx')),
    file: 'organizations/union.mdx',
    field: 'id',
  },
  { name: 'unknown source', edit: replace(PRIORITY, 'source: school-textbook', 'source: newspaper'), file: PRIORITY, field: 'sources[0].source' },
  { name: 'empty sources', edit: replace(ORG, /sources:\n  - source: school-textbook\n    locator: fixture/, 'sources: []'), file: ORG, field: 'sources' },
  { name: 'no sources field', edit: replace(ORG, /sources:\n  - source: school-textbook\n    locator: fixture\n/, ''), file: ORG, field: 'sources' },
  { name: 'empty locator', edit: replace(EVENT, 'locator: fixture', "locator: ''"), file: EVENT, field: 'sources[0].locator' },
  { name: 'bad slug in the file name', edit: (c) => renameSync(join(c, EVENT), join(c, 'events/Signing_Day.md')), file: 'events/Signing_Day.md', field: '(file name)' },
  { name: 'invalid MDX', edit: (c) => appendFileSync(join(c, TREATY), '\n<div>{oops\n'), file: TREATY, field: '(body)' },
  { name: 'misspelt field', edit: replace(COUNTRY, 'region:', 'regoin:'), file: COUNTRY, field: 'regoin' },
  { name: 'value outside an enum', edit: replace(COUNTRY, 'region: Central Asia', 'region: Mars'), file: COUNTRY, field: 'region' },
  { name: 'a former id that is a live entry’s id', edit: replace(COUNTRY, 'summary: Fixture country.', 'summary: Fixture country.\nformerIds: [kazakhstan]'), file: COUNTRY, field: 'formerIds' },
  { name: 'malformed ISO code', edit: replace(COUNTRY, 'iso2: KZ', 'iso2: kz'), file: COUNTRY, field: 'iso2' },
  { name: 'no frontmatter', edit: (c) => writeFileSync(join(c, PRIORITY), 'Just prose.\n'), file: PRIORITY, field: '(frontmatter)' },
  {
    name: 'a note of an unknown kind',
    edit: replace(EVENT, 'summary: Fixture event.', "summary: Fixture event.\nnotes:\n  - kind: erratum\n    text: x\n    sources: [{ source: school-textbook, locator: y }]"),
    file: EVENT,
    field: 'notes[0].kind',
  },
  {
    name: 'a folder that is not a collection',
    edit: (c) => {
      mkdirSync(join(c, 'people'));
      writeFileSync(join(c, 'people/akayev.md'), '---\ntitle: x\n---\n');
    },
    file: 'people/akayev.md',
    field: '(folder)',
  },
];

describe('the valid fixture', () => {
  it('builds, and renders GFM tables, footnotes, autolinks and MDX', async () => {
    const root = copyFixture();
    const dist = join(root, 'dist');
    const { code, output } = await buildSite(join(root, 'content'), dist);
    expect(code, output).toBe(0);
    const html = readFileSync(join(dist, 'relations/kazakhstan/index.html'), 'utf8');
    expect(html).toMatch(/<table>[\s\S]*<th>Year<\/th>[\s\S]*<td>1998<\/td>/);
    expect(html).toMatch(/<section[^>]*class="footnotes"[\s\S]*<ol>[\s\S]*The footnote text/);
    expect(html).toContain('<a href="https://example.org/">');
    expect(readFileSync(join(dist, 'treaties/allied/index.html'), 'utf8')).toContain('Signed in 2003.');
  });
});

describe.concurrent('broken content fails the build', () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
  it.each(cases)('$name → $file, field $field', async ({ edit, file, field }) => {
    const root = copyFixture();
    const content = join(root, 'content');
    edit(content);
    const dist = join(root, 'dist');
    const { code, output } = await buildSite(content, dist);
    expect(code, output).not.toBe(0);
    expect(output).toContain(`${file}: field "${field}"`);
    expect(existsSync(dist), 'a failed build must not leave a dist/').toBe(false);
  });
});
