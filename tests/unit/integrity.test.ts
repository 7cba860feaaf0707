/**
 * The content check, called directly: one case per kind of bad content, each a copy of the
 * valid fixture with one thing broken, and the whole report as an editor reads it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkFolder, formatProblems, readContent, type ContentFile } from '../../src/lib/integrity.ts';

const FIXTURE = readContent('tests/fixtures/content').map((f) => ({ ...f, path: f.path.replace('tests/fixtures/', '') }));

const COUNTRY = 'content/countries/kazakhstan.md';
const TREATY = 'content/treaties/allied.mdx';
const EVENT = 'content/events/signing.md';
const PRIORITY = 'content/priorities/neighbours.md';
const ORG = 'content/organizations/union.md';

type Edit = (files: ContentFile[]) => ContentFile[];

/** Replaces text in one file of the fixture, failing loudly if the text is not there. */
const replace = (path: string, from: string | RegExp, to: string): Edit => (files) =>
  files.map((f) => {
    if (f.path !== path) return f;
    const text = f.text!.replace(from, to);
    if (text === f.text) throw new Error(`fixture edit did not apply to ${path}: ${from}`);
    return { ...f, text };
  });
const add = (file: ContentFile): Edit => (files) => [...files, file];
const appendBody = (path: string, text: string): Edit => (files) => files.map((f) => (f.path === path ? { ...f, text: f.text + text } : f));
const rename = (from: string, to: string): Edit => (files) => files.map((f) => (f.path === from ? { ...f, path: to } : f));
const copy = (from: string, to: string): Edit => (files) => [...files, { ...files.find((f) => f.path === from)!, path: to }];
const transform = (path: string, fn: (text: string) => string): Edit => (files) => files.map((f) => (f.path === path ? { ...f, text: fn(f.text!) } : f));

/** The report for the fixture with these edits applied ('' when the content passes). */
const check = (...edits: Edit[]) => formatProblems(checkContent(edits.reduce((files, edit) => edit(files), FIXTURE)));

describe('the check passes', () => {
  it('the real content', () => {
    expect(formatProblems(checkFolder('content'))).toBe('');
  });

  it('the valid fixture', () => {
    expect(check()).toBe('');
  });

  it('a file that starts with a byte-order mark', () => {
    expect(check(transform(EVENT, (t) => `\uFEFF${t}`))).toBe('');
  });

  it('a file with Windows line ends, reporting file lines', () => {
    expect(check(transform(EVENT, (t) => t.replaceAll('\n', '\r\n')))).toBe('');
    expect(check(transform(EVENT, (t) => `\uFEFF${t.replace("'2003-12-25'", "'2099'").replaceAll('\n', '\r\n')}`))).toMatchInlineSnapshot(`"content/events/signing.md:3 date: "2099" is in the future; expected a date no later than the day the site is built"`);
  });
});

describe('frontmatter and YAML', () => {
  it('invalid YAML, at its file line', () => {
    expect(check(replace(EVENT, 'title: Fixture signing', 'title: [Fixture signing'))).toMatchInlineSnapshot(`"content/events/signing.md:3 the frontmatter is not valid YAML: missed comma between flow collection entries"`);
  });

  it('a key given twice', () => {
    expect(check(replace(EVENT, 'kind: treaty', 'kind: treaty\ntitle: Again'))).toMatchInlineSnapshot(`"content/events/signing.md:5 the frontmatter is not valid YAML: duplicated mapping key"`);
  });

  it('no frontmatter', () => {
    expect(check(transform(PRIORITY, () => 'Just prose.\n'))).toMatchInlineSnapshot(`"content/priorities/neighbours.md:1 the file has no frontmatter: it must start with a line "---", then the fields, then another "---""`);
  });

  it('a YAML alias bomb fails at once, naming the file', () => {
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 29 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
    expect(check(replace(EVENT, 'kind: treaty', `kind: treaty\n${bomb.join('\n')}`))).toMatchInlineSnapshot(`"content/events/signing.md:1 the frontmatter expands to more than 20,000 values through YAML aliases (&name … *name); write the values out instead"`);
  });
});

describe('fields', () => {
  it('a missing title', () => {
    expect(check(replace(COUNTRY, /^title: .*\n/m, ''))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:1 title: is required but missing; expected text"`);
  });

  it('a title of spaces', () => {
    expect(check(replace(COUNTRY, 'title: Kazakhstan', "title: '   '"))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:2 title: is only spaces; expected some text"`);
  });

  it('an empty summary', () => {
    expect(check(replace(EVENT, 'summary: Fixture event.', "summary: ''"))).toMatchInlineSnapshot(`"content/events/signing.md:6 summary: is empty; expected some text"`);
  });

  it('text where a number belongs', () => {
    expect(check(replace(PRIORITY, 'order: 1', 'order: first'))).toMatchInlineSnapshot(`"content/priorities/neighbours.md:3 order: is "first"; expected a number"`);
  });

  it('a number where text belongs', () => {
    expect(check(replace(COUNTRY, 'title: Kazakhstan', 'title: 1992'))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:2 title: is the number 1992; expected text"`);
  });

  it('one id where a list belongs', () => {
    expect(check(replace(PRIORITY, 'countries: [kazakhstan]', 'countries: kazakhstan'))).toMatchInlineSnapshot(`"content/priorities/neighbours.md:4 countries: is "kazakhstan"; expected a list"`);
  });

  it('a misspelt field', () => {
    expect(check(replace(COUNTRY, 'region:', 'regoin:'))).toMatchInlineSnapshot(`
      "content/countries/kazakhstan.md:1 region: is required but missing; expected one of: "Central Asia", "East Asia", "South Asia", "Southeast Asia", "Middle East", "Europe", "Eastern Europe and the Caucasus", "North America", "Latin America and the Caribbean", "Africa", "Oceania"
      content/countries/kazakhstan.md:7 regoin: is not a field of countries; check its spelling, or remove it"
    `);
  });

  it('a value outside a list of choices', () => {
    expect(check(replace(COUNTRY, 'region: Central Asia', 'region: Mars'))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:7 region: is "Mars"; expected one of: "Central Asia", "East Asia", "South Asia", "Southeast Asia", "Middle East", "Europe", "Eastern Europe and the Caucasus", "North America", "Latin America and the Caribbean", "Africa", "Oceania""`);
  });

  it('a former id that is a live entry’s id', () => {
    expect(check(replace(COUNTRY, 'summary: Fixture country.', 'summary: Fixture country.\nformerIds: [kazakhstan, kazakstan]'))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md formerIds: /relations/kazakhstan/ is the address of an entry; a former id must not be in use"`);
  });

  it('a malformed ISO code', () => {
    expect(check(replace(COUNTRY, 'iso2: KZ', 'iso2: kz'))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:4 iso2: is "kz"; expected two capital letters, the ISO 3166 code, such as KZ"`);
  });

  it('an unquoted ISO number', () => {
    expect(check(replace(COUNTRY, "isoNumeric: '398'", 'isoNumeric: 398'))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:6 isoNumeric: is the number 398; expected three digits in quotes, the ISO 3166 numeric code, such as '398'"`);
  });

  it('a note of an unknown kind', () => {
    expect(
      check(replace(EVENT, 'summary: Fixture event.', "summary: Fixture event.\nnotes:\n  - kind: erratum\n    text: x\n    sources: [{ source: school-textbook, locator: y }]")),
    ).toMatchInlineSnapshot(`"content/events/signing.md:8 notes[0].kind: is "erratum"; expected one of: "correction", "disagreement""`);
  });
});

describe('sources', () => {
  it('an unknown source', () => {
    expect(check(replace(PRIORITY, 'source: school-textbook', 'source: newspaper'))).toMatchInlineSnapshot(`"content/priorities/neighbours.md:7 sources[0].source: "newspaper" is not the id of any entry in sources/; expected the file name of one, without .md"`);
  });

  it('an empty list of sources', () => {
    expect(check(replace(ORG, /sources:\n  - source: school-textbook\n    locator: fixture/, 'sources: []'))).toMatchInlineSnapshot(`"content/organizations/union.md:9 sources: lists no source; expected at least one source with a locator"`);
  });

  it('no sources field', () => {
    expect(check(replace(ORG, /sources:\n  - source: school-textbook\n    locator: fixture\n/, ''))).toMatchInlineSnapshot(`"content/organizations/union.md:1 sources: is required but missing; expected a list"`);
  });

  it('an empty locator', () => {
    expect(check(replace(EVENT, 'locator: fixture', "locator: ''"))).toMatchInlineSnapshot(`"content/events/signing.md:9 sources[0].locator: is empty; expected some text"`);
  });

  it('a locator of spaces', () => {
    expect(check(replace(EVENT, 'locator: fixture', "locator: '  '"))).toMatchInlineSnapshot(`"content/events/signing.md:9 sources[0].locator: is only spaces; expected some text"`);
  });
});

describe('references', () => {
  it('to a missing country', () => {
    expect(check(replace(TREATY, 'countries: [kazakhstan]', 'countries: [kazakstan]'))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:8 parties.countries[0]: "kazakstan" is not the id of any entry in countries/; expected the file name of one, without .md"`);
  });

  it('to a missing organization', () => {
    expect(check(replace(TREATY, 'establishes: union', 'establishes: onion'))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:9 establishes: "onion" is not the id of any entry in organizations/; expected the file name of one, without .md"`);
  });

  it('to a missing treaty', () => {
    expect(check(replace(EVENT, 'treaties: [allied]', 'treaties: [alied]'))).toMatchInlineSnapshot(`"content/events/signing.md:5 treaties[0]: "alied" is not the id of any entry in treaties/; expected the file name of one, without .md"`);
  });

  it('to a missing priority', () => {
    expect(check(replace(COUNTRY, 'priorities: [neighbours]', 'priorities: [neighbors]'))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:10 priorities[0]: "neighbors" is not the id of any entry in priorities/; expected the file name of one, without .md"`);
  });
});

describe('dates', () => {
  it('an impossible day', () => {
    expect(check(replace(EVENT, "'2003-12-25'", "'2003-02-30'"))).toMatchInlineSnapshot(`"content/events/signing.md:3 date: "2003-02-30" is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD, such as '1992-03-18'"`);
  });

  it('an impossible month', () => {
    expect(check(replace(COUNTRY, "relationsEstablished: '1992'", "relationsEstablished: '1992-13'"))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:8 relationsEstablished: "1992-13" is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD, such as '1992-03-18'"`);
  });

  it("the placeholder '0000'", () => {
    expect(check(replace(EVENT, "'2003-12-25'", "'0000'"))).toMatchInlineSnapshot(`"content/events/signing.md:3 date: "0000" is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD, such as '1992-03-18'"`);
  });

  it('an unquoted date', () => {
    expect(check(replace(EVENT, "'2003-12-25'", '2003-12-25'))).toMatchInlineSnapshot(`"content/events/signing.md:3 date: is the unquoted date 2003-12-25; expected a date in quotes, such as '1992-03-18', '1992-03' or '1992'"`);
  });

  it('an unquoted year', () => {
    expect(check(replace(COUNTRY, "relationsEstablished: '1992'", 'relationsEstablished: 1992'))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:8 relationsEstablished: is the number 1992; expected a date in quotes, such as '1992-03-18', '1992-03' or '1992'"`);
  });

  it('a date in the future', () => {
    expect(check(replace(EVENT, "'2003-12-25'", "'2099'"))).toMatchInlineSnapshot(`"content/events/signing.md:3 date: "2099" is in the future; expected a date no later than the day the site is built"`);
  });

  it('relations before independence', () => {
    expect(check(replace(COUNTRY, "relationsEstablished: '1992'", "relationsEstablished: '1985'"))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:8 relationsEstablished: "1985" is before Kyrgyzstan's independence (31 August 1991); expected a later date, as only the independent state could do this"`);
  });

  it('recognition before independence', () => {
    expect(check(replace(COUNTRY, "relationsEstablished: '1992'", "relationsEstablished: '1992'\nrecognised: '1991-07'"))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:9 recognised: "1991-07" is before Kyrgyzstan's independence (31 August 1991); expected a later date, as only the independent state could do this"`);
  });

  it('an embassy opened before relations began', () => {
    const embassy = "priorities: [neighbours]\nrepresentation:\n  - by: kyrgyzstan\n    kind: embassy\n    place: Almaty\n    since: '1991-12'";
    expect(check(replace(COUNTRY, 'priorities: [neighbours]', embassy))).toMatchInlineSnapshot(`"content/countries/kazakhstan.md:15 representation[0].since: "1991-12" is before diplomatic relations began ('1992', relationsEstablished); expected a date on or after it"`);
  });

  it('a treaty Kyrgyzstan signed before independence', () => {
    expect(check(replace(TREATY, "signed: '2003-12-25'", "signed: '1990'"))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:6 signed: "1990" is before Kyrgyzstan's independence (31 August 1991); expected a later date, as only the independent state could do this"`);
  });

  it('membership of an organization before independence', () => {
    expect(check(replace(ORG, "since: '2000-10-10'", "since: '1980'"))).toMatchInlineSnapshot(`"content/organizations/union.md:6 since: "1980" is before Kyrgyzstan's independence (31 August 1991); expected a later date, as only the independent state could do this"`);
  });

  it('a treaty event before independence, but a domestic one may be earlier', () => {
    expect(check(replace(EVENT, "'2003-12-25'", "'1990-06'"))).toMatchInlineSnapshot(`"content/events/signing.md:3 date: "1990-06" is before Kyrgyzstan's independence (31 August 1991); expected a later date, as only the independent state could do this"`);
    expect(check(replace(EVENT, "'2003-12-25'", "'1990-06'"), replace(EVENT, 'kind: treaty', 'kind: domestic'))).toBe('');
  });
});

describe('files and folders', () => {
  it('a file name that is not a valid id', () => {
    expect(check(rename(EVENT, 'content/events/Signing_Day.md'))).toMatchInlineSnapshot(`"content/events/Signing_Day.md file name: "Signing_Day" is not a valid id; expected lower-case letters, digits and single hyphens, such as south-korea.md"`);
  });

  it('the same id in two spellings', () => {
    expect(check(copy(COUNTRY, 'content/countries/Kazakhstan.md'))).toMatchInlineSnapshot(`
      "content/countries/Kazakhstan.md file name: "Kazakhstan" is not a valid id; expected lower-case letters, digits and single hyphens, such as south-korea.md
      content/countries/Kazakhstan.md file name: has the same id as content/countries/kazakhstan.md (ignoring case and extension); expected one file per entry"
    `);
  });

  it('the same id as .md and .mdx', () => {
    expect(check(copy(ORG, 'content/organizations/union.mdx'))).toMatchInlineSnapshot(`"content/organizations/union.mdx file name: has the same id as content/organizations/union.md (ignoring case and extension); expected one file per entry"`);
  });

  it('a file that is not Markdown', () => {
    expect(check(add({ collection: 'events', path: 'content/events/notes.txt', text: 'x' }))).toMatchInlineSnapshot(`"content/events/notes.txt is not an entry; expected only .md and .mdx files in a collection"`);
  });

  it('a folder that is not a collection', () => {
    expect(check(add({ collection: 'people', path: 'content/people/akayev.md', text: '---\ntitle: x\n---\n' }))).toMatchInlineSnapshot(`"content/people/akayev.md is in "people/", which is not a collection; expected one of the folders sources/, countries/, treaties/, organizations/, priorities/, events/"`);
  });

  it('a collection with no entries', () => {
    expect(check((files) => files.filter((f) => f.collection !== 'priorities'), replace(COUNTRY, 'priorities: [neighbours]\n', ''))).toMatchInlineSnapshot(`"content/priorities/ has no entries; expected at least one .md file in every collection"`);
  });

  describe('on disk', () => {
    const root = mkdtempSync(join(tmpdir(), 'kfp-check-'));
    const shown = (text: string) => text.replaceAll(relative(process.cwd(), root), '<tmp>');

    it('a sub-folder inside a collection', () => {
      const content = join(root, 'drafts-case');
      for (const f of FIXTURE) {
        mkdirSync(join(content, f.collection), { recursive: true });
        writeFileSync(join(content, f.path.replace('content/', '')), f.text!);
      }
      mkdirSync(join(content, 'events/drafts'));
      writeFileSync(join(content, 'events/drafts/idea.md'), '---\ntitle: x\n---\n');
      expect(shown(formatProblems(checkFolder(content)))).toMatchInlineSnapshot(`"<tmp>/drafts-case/events/drafts/ is a folder inside a collection, and the site reads no sub-folders; expected only .md and .mdx files here (keep drafts outside the content folder)"`);
    });

    it('a content folder that does not exist', () => {
      expect(shown(formatProblems(checkFolder(join(root, 'missing'))))).toMatchInlineSnapshot(`"<tmp>/missing does not exist; expected the content folder (set CONTENT_DIR, or leave it unset for ./content)"`);
    });

    it('an empty content folder', () => {
      mkdirSync(join(root, 'empty'));
      expect(shown(formatProblems(checkFolder(join(root, 'empty'))))).toMatchInlineSnapshot(`"<tmp>/empty holds no entries; expected a folder per collection with the entries in it"`);
    });
  });
});

describe('Markdown text', () => {
  // The sanitizer drops each of these from the page; the check says so, at the line.
  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="2;url=https://evil.example/">', 'content/events/signing.md:14 text: the HTML element <meta> is not allowed in an entry\'s text (use Markdown, or an element from the list in the README)'],
    ['a script', '<script>alert(document.cookie)</script>', 'content/events/signing.md:14 text: the HTML element <script> is not allowed in an entry\'s text (use Markdown, or an element from the list in the README)'],
    ['a style sheet', '<style>body { display: none }</style>', 'content/events/signing.md:14 text: the HTML element <style> is not allowed in an entry\'s text (use Markdown, or an element from the list in the README)'],
    ['a frame', '<iframe src="https://evil.example/"></iframe>', 'content/events/signing.md:14 text: the HTML element <iframe> is not allowed in an entry\'s text (use Markdown, or an element from the list in the README)'],
    ['an object', '<object data="https://evil.example/x.swf"></object>', 'content/events/signing.md:14 text: the HTML element <object> is not allowed in an entry\'s text (use Markdown, or an element from the list in the README)'],
    ['a form', '<form action="https://evil.example/"><button>Go</button></form>', 'content/events/signing.md:14 text: the HTML element <form> is not allowed in an entry\'s text (use Markdown, or an element from the list in the README)\ncontent/events/signing.md:14 text: the HTML element <button> is not allowed in an entry\'s text (use Markdown, or an element from the list in the README)'],
    ['an event handler', '<p onmouseover="alert(1)">Hover</p>', 'content/events/signing.md:14 text: the attribute onmouseover="…" is not allowed on <p> (event handlers, styles and ids are never published)'],
    ['a javascript: link', '[Read more](javascript:alert(1))', 'content/events/signing.md:14 text: the link "javascript:alert(1)" uses "javascript:", which is not allowed (expected http:, https:, mailto: or a path on this site)'],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">Read more</a>', 'content/events/signing.md:14 text: the link "javascript:alert(1)" uses "javascript:", which is not allowed (expected http:, https:, mailto: or a path on this site)'],
    ['an image from another site', '![Map](https://evil.example/map.png)', 'content/events/signing.md:14 text: <img> loads "https://evil.example/map.png" from another site; images must be files of this site'],
  ])('%s', (_name, html, expected) => {
    expect(check(appendBody(EVENT, `\n${html}\n`))).toBe(expected);
  });

  it('keeps allowed HTML such as <abbr>, tables and footnotes', () => {
    expect(check(appendBody(EVENT, '\n<abbr title="Commonwealth of Independent States">CIS</abbr>\n\n| a |\n| - |\n| 1 |\n\nA fact.[^1]\n\n[^1]: Note.\n'))).toBe('');
  });

  it('a link to a page that does not exist, at its line', () => {
    expect(check(appendBody(EVENT, '\nSee [Kazakhstan](/relations/kazakstan/), [the union](../../organizations/onion/) and [the treaty](/treaties/allied/#text).\n'))).toMatchInlineSnapshot(`
      "content/events/signing.md:14 text: links to "/relations/kazakstan/", which is not a page of this site; expected the address of an entry, such as /relations/china/, or of a section
      content/events/signing.md:14 text: links to "../../organizations/onion/", which is not a page of this site; expected the address of an entry, such as /relations/china/, or of a section"
    `);
  });
});

describe('MDX', () => {
  it('an import', () => {
    expect(check(appendBody(TREATY, "\nimport Chart from '../../src/components/Chart.astro';\n"))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:18 text: "import Chart from '../../src/componen…": imports and exports run code when the site is built and are not allowed; use the site's components by name, without an import: <PartialDate date="1992-03-18" /> or <SourceName id="school-textbook" />"`);
  });

  it('an export', () => {
    expect(check(appendBody(TREATY, '\nexport const year = 2003;\n'))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:18 text: "export const year = 2003;": imports and exports run code when the site is built and are not allowed; use the site's components by name, without an import: <PartialDate date="1992-03-18" /> or <SourceName id="school-textbook" />"`);
  });

  it('JavaScript in braces', () => {
    expect(check(appendBody(TREATY, '\nBuilt in {process.cwd()} by {process.env.HOME}.\n\n{(() => { throw new Error("x"); })()}\n'))).toMatchInlineSnapshot(`
      "content/treaties/allied.mdx:18 text: "{process.cwd()}" runs JavaScript when the site is built and is not allowed; write the text itself
      content/treaties/allied.mdx:18 text: "{process.env.HOME}" runs JavaScript when the site is built and is not allowed; write the text itself
      content/treaties/allied.mdx:20 text: "{(() => { throw new Error("x"); })()}" runs JavaScript when the site is built and is not allowed; write the text itself"
    `);
  });

  it('a component that is not the site’s', () => {
    expect(check(appendBody(TREATY, '\n<Chart data="x" />\n'))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:18 text: <Chart> is not one of the site's components; use the site's components by name, without an import: <PartialDate date="1992-03-18" /> or <SourceName id="school-textbook" />"`);
  });

  it('a component given JavaScript', () => {
    expect(check(appendBody(TREATY, '\n<PartialDate date={new Date().toISOString()} />\n'))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:18 text: <PartialDate date={new Date().toISOString()}> runs JavaScript when the site is built; expected a quoted value, such as <PartialDate date="1992-03-18" />"`);
  });

  it('a component given a value it cannot render', () => {
    expect(check(appendBody(TREATY, '\n<PartialDate date="someday" /> <SourceName id="newspaper" /> <PartialDate when="1992" />\n'))).toMatchInlineSnapshot(`
      "content/treaties/allied.mdx:18 text: <PartialDate date>: "someday" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD; expected <PartialDate date="1992-03-18" />
      content/treaties/allied.mdx:18 text: <SourceName id>: "newspaper" is not the id of a source; expected <SourceName id="school-textbook" />
      content/treaties/allied.mdx:18 text: <PartialDate> takes no attribute "when"; expected <PartialDate date="1992-03-18" />
      content/treaties/allied.mdx:18 text: <PartialDate date>: needs a quoted date; expected <PartialDate date="1992-03-18" />"
    `);
  });

  it('HTML outside the allowlist', () => {
    expect(check(appendBody(TREATY, '\n<script src="https://evil.example/x.js"></script>\n\n<p onClick="alert(1)">x</p>\n'))).toMatchInlineSnapshot(`
      "content/treaties/allied.mdx:18 text: the HTML element <script> is not allowed in an entry's text (use Markdown, or an element from the list in the README)
      content/treaties/allied.mdx:20 text: the attribute onclick="…" is not allowed on <p> (event handlers, styles and ids are never published)"
    `);
  });

  it('invalid MDX, at its file line', () => {
    expect(check(appendBody(TREATY, '\n<div>{oops\n'))).toMatchInlineSnapshot(`"content/treaties/allied.mdx:19 text: is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`"`);
  });
});

it('reports every problem at once, in file order', () => {
  expect(
    check(
      replace(EVENT, "'2003-12-25'", "'2003-02-30'"),
      replace(COUNTRY, 'region: Central Asia', 'region: Mars'),
      replace(COUNTRY, 'iso2: KZ', 'iso2: kz'),
      appendBody(TREATY, '\n{process.env.HOME}\n'),
    ),
  ).toMatchInlineSnapshot(`
    "content/countries/kazakhstan.md:4 iso2: is "kz"; expected two capital letters, the ISO 3166 code, such as KZ
    content/countries/kazakhstan.md:7 region: is "Mars"; expected one of: "Central Asia", "East Asia", "South Asia", "Southeast Asia", "Middle East", "Europe", "Eastern Europe and the Caucasus", "North America", "Latin America and the Caribbean", "Africa", "Oceania"
    content/events/signing.md:3 date: "2003-02-30" is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD, such as '1992-03-18'
    content/treaties/allied.mdx:18 text: "{process.env.HOME}" runs JavaScript when the site is built and is not allowed; write the text itself"
  `);
});
