/**
 * History, versions, redirects and the feed on a fixture repository with known commits: the
 * valid fixture committed on known dates (created under a misspelt id, renamed, given a
 * correction note), built from a full clone and from a shallow one.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../helpers/build.ts';
import { zoteroItem } from '../helpers/zotero.ts';
import { gitRepo, shallowClone } from '../helpers/git.ts';

const COUNTRY = 'content/countries/kazakhstan.md';

function fixtureRepo(): string {
  const root = copyFixture();
  const commit = gitRepo(root);
  const edit = (from: string, to: string) => writeFileSync(join(root, COUNTRY), readFileSync(join(root, COUNTRY), 'utf8').replace(from, to));
  renameSync(join(root, COUNTRY), join(root, 'content/countries/kazakstan.md'));
  commit('Fixture entries', '2021-03-01');
  renameSync(join(root, 'content/countries/kazakstan.md'), join(root, COUNTRY));
  edit('summary: Fixture country.', 'summary: Fixture country.\nformerIds: [kazakstan]');
  commit('Kazakhstan: correct the misspelt id', '2021-06-15');
  edit('priorities: [neighbours]', "priorities: [neighbours]\nnotes:\n  - kind: correction\n    text: The source gives the wrong year.\n    sources: [{ source: school-textbook, locator: y }]");
  commit('Kazakhstan: note the corrected year\n\nChange: A note on the corrected year of the treaty.', '2022-01-10');
  return root;
}

type Built = { dist: string; output: string; html: (path: string) => ReturnType<typeof parse> };

async function build(root: string): Promise<Built> {
  const dist = join(root, 'dist');
  const { code, output } = await buildSite(join(root, 'content'), dist);
  expect(code, output).toBe(0);
  return { dist, output, html: (path) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8')) };
}

describe('built from a repository with known commits', () => {
  let full: Built;
  let shallow: Built;
  beforeAll(async () => {
    const root = fixtureRepo();
    const clone = shallowClone(root);
    // One after the other: parallel builds share the project's .astro/ folder.
    full = await build(root);
    shallow = await build(clone);
  });

  it('lists the page’s changes from git, across the rename, and dates the citation by the last one', () => {
    const page = full.html('relations/kazakhstan/');
    expect(page.querySelectorAll('#history ~ details li').map((li) => li.text.replace(/\s+/g, ' ').trim().replace(/[0-9a-f]{7,}\)$/, 'REV)'))).toEqual([
      '10 January 2022: A note on the corrected year of the treaty. (editorial note added) (revision REV)',
      '15 June 2021: Page renamed (revision REV)',
      '1 March 2021: Page created (revision REV)',
    ]);
    const cite = page.querySelector('.cite')!;
    expect(cite.querySelector('time')!.getAttribute('datetime')).toBe('2022-01-10');
    expect(cite.querySelector('code')!.text).toMatch(/^[0-9a-f]{7,}$/);
    expect(cite.querySelector('#cite-mla')!.text).toContain('10 Jan. 2022');
    expect(zoteroItem(page)).toMatchObject({ itemType: 'webpage', title: 'Kyrgyzstan–Kazakhstan relations', date: '2022/01/10' });
  });

  it('keeps the old URL alive: a redirect page and a 301 rule', () => {
    const page = full.html('relations/kazakstan/');
    expect(page.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe('0; url=/relations/kazakhstan/');
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/relations\/kazakhstan\/$/);
    expect(page.querySelector('main a')!.getAttribute('href')).toBe('/relations/kazakhstan/');
    expect(readFileSync(join(full.dist, '_redirects'), 'utf8')).toBe('/relations/kazakstan/ /relations/kazakhstan/ 301\n');
    // The sitemap lists the page once, at its new address only.
    const sitemap = readFileSync(join(full.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/relations/kazakhstan/</loc>');
    expect(sitemap).not.toContain('/relations/kazakstan/</loc>');
  });

  it('feeds each change, linking to the entry, newest first', () => {
    const feed = new XMLParser().parse(readFileSync(join(full.dist, 'changes.xml'), 'utf8'));
    const items = [feed.rss.channel.item].flat() as { title: string; link: string; pubDate: string }[];
    expect(items.slice(0, 3).map((i) => `${i.pubDate.slice(5, 16)} ${i.title} ${new URL(i.link).pathname}`)).toEqual([
      '10 Jan 2022 Correction note added: Kyrgyzstan–Kazakhstan relations /relations/kazakhstan/',
      '15 Jun 2021 Changed: Kyrgyzstan–Kazakhstan relations /relations/kazakhstan/',
      '01 Mar 2021 New: Fixture signing /timeline/signing/',
    ]);
  });

  it('in a shallow clone, warns and invents no date', () => {
    expect(shallow.output).toMatch(/\[history\] this is a shallow git clone/);
    const page = shallow.html('relations/kazakhstan/');
    expect(page.querySelector('.history')!.text).toContain('This copy of the site does not have the history of this page.');
    expect(page.querySelector('.cite')!.text).toContain('does not record when the page last changed');
    expect(page.querySelector('.cite time')).toBeNull();
    expect(zoteroItem(page).date).toBeUndefined();
  });
});
