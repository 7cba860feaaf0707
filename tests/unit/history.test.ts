import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeChange, oneLine, readGitHistory, translatedHistory, type Change } from '../../src/lib/history.ts';
import { gitRepo, shallowClone } from '../helpers/git.ts';

/** A repository with four commits of known dates: add, add a note, rename, change. */
function fixtureRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'kfp-history-'));
  const commit = gitRepo(repo);
  mkdirSync(join(repo, 'content/countries'), { recursive: true });
  writeFileSync(join(repo, 'content/countries/china.md'), '---\ntitle: China\nnotes: []\n---\n');
  writeFileSync(join(repo, 'content/countries/burma.md'), '---\ntitle: Burma\n---\n');
  writeFileSync(join(repo, 'README.md'), 'outside the content folder\n');
  commit('First entries', '2020-01-05');
  writeFileSync(join(repo, 'content/countries/china.md'), '---\ntitle: China\nnotes:\n  - kind: correction\n    text: x\n---\n');
  commit('China: correct the treaty year\n\nChange: The year of the border treaty corrected.', '2020-02-10');
  renameSync(join(repo, 'content/countries/burma.md'), join(repo, 'content/countries/myanmar.md'));
  commit('Rename Burma to Myanmar\n\nChange: Renamed to the name the sources use.', '2020-03-15');
  writeFileSync(join(repo, 'content/countries/myanmar.md'), '---\ntitle: Myanmar\n---\nBody.\n');
  writeFileSync(join(repo, 'README.md'), 'changed\n');
  commit('Myanmar: add a body', '2020-04-20');
  return repo;
}

describe('history from git', () => {
  let repo: string;
  let shallow: string;
  beforeAll(() => {
    repo = fixtureRepo();
    shallow = shallowClone(repo, 2);
  });

  it('lists each file’s changes newest first, follows renames, counts added notes and describes each for readers', () => {
    const history = readGitHistory(join(repo, 'content'));
    expect(history.warning).toBeUndefined();
    const summary = Object.fromEntries([...history.files].map(([path, h]) => [path, [h.complete, h.changes.map((c) => `${c.date} ${c.kind} ${describeChange(c)}`)]]));
    expect(summary).toMatchInlineSnapshot(`
      {
        "countries/china.md": [
          true,
          [
            "2020-02-10 changed The year of the border treaty corrected. (editorial note added)",
            "2020-01-05 added Page created",
          ],
        ],
        "countries/myanmar.md": [
          true,
          [
            "2020-04-20 changed Revised",
            "2020-03-15 renamed Page renamed. Renamed to the name the sources use.",
            "2020-01-05 added Page created",
          ],
        ],
      }
    `);
    expect(history.files.get('countries/china.md')!.changes[0].rev).toMatch(/^[0-9a-f]{7,}$/);
  });

  it('in a shallow clone, invents no date: the cut-off commit is left out and the history marked incomplete', () => {
    const history = readGitHistory(join(shallow, 'content'));
    expect(history.warning).toMatch(/shallow/);
    const summary = Object.fromEntries([...history.files].map(([path, h]) => [path, [h.complete, h.changes.map((c) => `${c.date} ${c.kind}`)]]));
    expect(summary).toEqual({
      // China last changed in the cut-off commit's past: nothing is known here.
      'countries/china.md': [false, []],
      'countries/myanmar.md': [false, ['2020-04-20 changed']],
    });
  });

  it('without git, gives no history and says why', () => {
    const history = readGitHistory(mkdtempSync(join(tmpdir(), 'kfp-nogit-')));
    expect(history.files.size).toBe(0);
    expect(history.warning).toMatch(/no git history/);
  });
});

describe('describeChange', () => {
  // The summaries come from English commit trailers: a Russian page describes changes by kind.
  it.each([
    ['en', 'added', 'Added the entry.', 0, 'Page created. Added the entry.'],
    ['en', 'changed', 'The year corrected.', 1, 'The year corrected. (editorial note added)'],
    ['en', 'renamed', '', 0, 'Page renamed'],
    ['ru', 'added', 'Added the entry.', 0, 'Страница создана'],
    ['ru', 'changed', 'The year corrected.', 1, 'Изменено (добавлено примечание редакции)'],
    ['ru', 'renamed', 'Renamed.', 0, 'Страница переименована'],
  ] as const)('%s %s "%s" (%i notes) → "%s"', (locale, kind, summary, notesAdded, expected) => {
    expect(describeChange({ date: '2020-01-05', rev: 'abc1234', kind, summary, notesAdded: Array<'correction'>(notesAdded).fill('correction') }, 100, locale)).toBe(expected);
  });
});

describe('translatedHistory', () => {
  const change = (date: string, rev: string, kind: Change['kind'], notesAdded: Change['notesAdded'] = []): Change => ({ date, rev, kind, summary: '', notesAdded });
  const facts = { complete: true, changes: [change('2026-03-01', 'f3', 'changed', ['correction']), change('2026-02-01', 'both', 'changed'), change('2025-01-01', 'f1', 'added')] };
  const text = { complete: true, changes: [change('2026-02-01', 'both', 'added')] };

  it('starts with the translation, then takes in later changes to the facts', () => {
    expect(translatedHistory(facts, text)!.changes.map((c) => `${c.date} ${c.rev} ${c.kind} ${c.notesAdded.join(',')}`)).toEqual([
      '2026-03-01 f3 changed correction',
      '2026-02-01 both added ',
    ]);
  });

  it('keeps every change to the facts where the translation\'s first change is not in this copy', () => {
    expect(translatedHistory(facts, { ...text, complete: false })!.changes.map((c) => c.rev)).toEqual(['f3', 'both', 'f1']);
  });

  it('is either file\'s history where only one has one', () => {
    expect([translatedHistory(facts, undefined), translatedHistory(undefined, text)]).toEqual([facts, text]);
  });
});

describe('oneLine', () => {
  it.each([
    ['Short subject', 'Short subject'],
    ['Reader polish: header under 110 px on phones, index tables stack on phones with labelled cells, section self-links everywhere', 'Reader polish: header under 110 px on phones, index tables stack on phones with labelled cells…'],
  ])('%s', (subject, line) => expect(oneLine(subject)).toBe(line));
});
