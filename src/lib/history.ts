/**
 * The change history of content files, read from git at build time: when each entry last
 * changed, a one-line description of each change, and which changes added an editorial note.
 *
 * One `git log` over the whole content folder per build (not one per file), parsed here. A copy
 * without git, or a shallow clone, must never invent dates: in a shallow clone the oldest commit
 * present shows every file as if it were new, so that commit is left out and the file's history
 * is marked incomplete; without git there is no history at all, and pages say so.
 */
import { execFileSync } from 'node:child_process';
import { DEFAULT_LOCALE, dictionary, type Locale } from './i18n.ts';

/** One commit that touched an entry's file. */
export interface Change {
  /** Commit date (YYYY-MM-DD, in the committer's time zone). */
  date: string;
  /** Short revision id, e.g. "54efb31". */
  rev: string;
  /**
   * What changed, in words for readers: the commit's `Change:` trailer, empty where it has none
   * (commit subjects are written for developers and do not belong on a page).
   */
  summary: string;
  kind: 'added' | 'changed' | 'renamed';
  /** The kind of each editorial note this change added to the file's frontmatter, in file order. */
  notesAdded: NoteKind[];
}

/** The kinds of editorial note. */
export type NoteKind = 'correction' | 'disagreement';

export interface FileHistory {
  /** Newest first. */
  changes: Change[];
  /** False when older changes are missing from this copy (a shallow clone). */
  complete: boolean;
}

export interface History {
  /** Why there is no (or only partial) history, for the build log; undefined when it is whole. */
  warning?: string;
  /** By path relative to the content root ("countries/china.md"). */
  files: Map<string, FileHistory>;
}

/** Separates commits and the fields of a commit header in the log format below. */
const RS = '\x1e';
const US = '\x1f';
/** The `git log` arguments whose output parseGitLog reads. */
export const GIT_LOG_ARGS = ['log', '--relative', '-M', '--raw', '-p', '--unified=0', '--no-color', `--format=${RS}%H${US}%h${US}%P${US}%cI${US}%(trailers:key=Change,valueonly,unfold,separator=%x20)`, '--', '.'];

interface RawCommit {
  rev: string;
  parents: number;
  date: string;
  summary: string;
  files: { status: string; path: string; from?: string; notesAdded: NoteKind[] }[];
}

const NOTE_LINE = /^\+\s*(?:-\s+)?kind:\s*['"]?(correction|disagreement)\b/;

/** Parses the output of `git log` with GIT_LOG_ARGS into commits, newest first. */
export function parseGitLog(text: string): RawCommit[] {
  return text.split(RS).filter(Boolean).map((chunk) => {
    const [header, ...lines] = chunk.split('\n');
    const [, rev, parents, date, summary = ''] = header.split(US);
    const files: RawCommit['files'] = [];
    let current: RawCommit['files'][number] | undefined;
    for (const line of lines) {
      if (line.startsWith(':')) {
        // ":100644 100644 abc def M\tpath" or ":… R095\told\tnew"
        const [meta, a, b] = line.split('\t');
        const status = meta.split(' ').pop()!.charAt(0);
        files.push(status === 'R' ? { status, from: a, path: b, notesAdded: [] } : { status, path: a, notesAdded: [] });
      } else if (line.startsWith('+++ ')) {
        const path = line.slice(4).replace(/^b\//, '');
        current = files.find((f) => f.path === path);
      } else if (current) {
        const note = NOTE_LINE.exec(line);
        if (note) current.notesAdded.push(note[1] as NoteKind);
      }
    }
    return { rev, parents: parents ? parents.split(' ').length : 0, date: date.slice(0, 10), summary: summary.trim(), files };
  });
}

const KIND = { A: 'added', R: 'renamed' } as const;

/**
 * Each file's changes, following renames so an entry keeps the history of its former file name.
 * `shallow`: the log comes from a shallow clone, whose parentless commits are cut-off points.
 */
export function fileHistories(commits: RawCommit[], shallow: boolean): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  // A path as it was in an older commit → the path it has now.
  const renamedTo = new Map<string, string>();
  const now = (path: string) => renamedTo.get(path) ?? path;
  for (const commit of commits) {
    const boundary = shallow && commit.parents === 0;
    for (const file of commit.files) {
      if (file.status === 'D') continue;
      const path = now(file.path);
      const history = files.get(path) ?? { changes: [], complete: true };
      files.set(path, history);
      if (boundary) history.complete = false;
      else {
        const kind = KIND[file.status as keyof typeof KIND] ?? 'changed';
        history.changes.push({ date: commit.date, rev: commit.rev, summary: commit.summary, kind, notesAdded: file.notesAdded });
      }
      if (file.from) renamedTo.set(file.from, path);
    }
  }
  return files;
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Reads the history of every file under `dir` from git; never throws. */
export function readGitHistory(dir: string): History {
  let shallow: boolean;
  try {
    shallow = git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return { warning: `no git history for ${dir} (not a git checkout, or git is missing): pages show no change history and cite no version`, files: new Map() };
  }
  const files = fileHistories(parseGitLog(git(dir, GIT_LOG_ARGS)), shallow);
  const warning = shallow ? 'this is a shallow git clone: page histories stop at its oldest commit, and pages last changed before it show no date (run `git fetch --unshallow` for the full history)' : undefined;
  return { warning, files };
}

/**
 * One line for readers: the change's own summary, or what kind of change it was, in a language.
 * The summaries (commit trailers) are written in English; a dictionary that does not take them
 * describes every change by its kind.
 */
export function describeChange(change: Change, max = 100, locale: Locale = DEFAULT_LOCALE): string {
  const words = dictionary(locale).entry.history;
  const summary = words.trailers ? change.summary : '';
  const what = summary ? oneLine(summary, max) : words.kind[change.kind];
  const prefix = change.kind !== 'changed' && summary ? `${words.kind[change.kind]}. ` : '';
  return `${prefix}${what}${change.notesAdded.length > 0 ? ` (${words.noteAdded})` : ''}`;
}

/**
 * The history of a translated page, from its two files: the translation (its text) and the
 * English entry (its facts). The page exists from the translation's first change on, so the
 * facts' changes before that are not its own; later ones are. A commit that touched both
 * files is one change, of the translation's kind, with the notes either added.
 */
export function translatedHistory(facts: FileHistory | undefined, text: FileHistory | undefined): FileHistory | undefined {
  if (!facts || !text) return text ?? facts;
  const created = text.complete ? text.changes.at(-1)?.date : undefined;
  const byRev = new Map(text.changes.map((c) => [c.rev, c]));
  for (const change of facts.changes) {
    if (created && change.date < created) continue;
    const same = byRev.get(change.rev);
    byRev.set(change.rev, same ? { ...same, notesAdded: [...change.notesAdded, ...same.notesAdded] } : { ...change, kind: 'changed' });
  }
  return { complete: text.complete && facts.complete, changes: [...byRev.values()].sort((a, b) => b.date.localeCompare(a.date)) };
}

/** Cuts a text to one readable line at a word boundary. */
export function oneLine(text: string, max = 100): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf(','), max / 2);
  return `${cut.slice(0, at).replace(/[\s,;:(–-]+$/, '')}…`;
}

/** The date of the newest change to any file, or undefined where there is no history. */
export function newestChange(files: ReadonlyMap<string, FileHistory>): string | undefined {
  let newest: string | undefined;
  for (const { changes } of files.values()) if (changes[0] && (!newest || changes[0].date > newest)) newest = changes[0].date;
  return newest;
}
