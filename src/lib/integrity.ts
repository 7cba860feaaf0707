/**
 * The content check. Astro reports only the first schema error, in zod's words, merely logs a
 * dangling reference, warns on duplicate ids and publishes whatever a body holds; this check
 * runs before the build, finds every problem at once and names the file, the line, the field,
 * what is wrong and what is expected, in words an editor uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, EVENT_KINDS, schemas, type CollectionName } from './schema.ts';
import { readFrontmatter } from './frontmatter.ts';
import { describeIssue, fieldName } from './plain-issues.ts';
import { checkBody } from './body-check.ts';
import { redirectProblems, type Redirect } from './redirects.ts';
import { DEFAULT_LOCALE, FIXED_PAGES, entryUrl, slugify } from './urls.ts';
import { checkTranslatedFiles, isTranslationLanguage, type ParsedEntry, type TranslationLanguage } from './translations.ts';

/** A content file as read from disk; a sub-folder of a collection has no text. */
export interface ContentFile {
  collection: string;
  /** The language of a translated file (content/ru/…); undefined for the English entries. */
  lang?: TranslationLanguage;
  /** Path shown in messages, relative to the working directory. */
  path: string;
  text?: string;
}

/** One problem: where (file, line, field) and what, in plain words. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The entry id Astro derives from a file name: the name without its extension. */
export function idOf(path: string): string {
  return basename(path, extname(path));
}

/** A path as messages show it: relative to the working directory. */
const shown = (path: string) => relative(process.cwd(), path) || path;

/** Reads the files of one collection folder; a sub-folder is listed without text. */
function readCollection(dir: string, collection: string, lang?: TranslationLanguage): ContentFile[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return { collection, lang, path: `${shown(path)}/` };
      return { collection, lang, path: shown(path), text: readFileSync(path, 'utf8') };
    });
}

/**
 * Reads every file under the content root, one folder per collection, and a folder per
 * translation language (`ru/`) holding the same collection folders. Throws if `root` cannot be read.
 */
export function readContent(root: string): ContentFile[] {
  return readdirSync(root).sort().flatMap((folder) => {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) return [];
    if (!isTranslationLanguage(folder)) return readCollection(dir, folder);
    return readdirSync(dir).sort().flatMap((collection) => {
      const sub = join(dir, collection);
      return statSync(sub).isDirectory() ? readCollection(sub, collection, folder) : [{ collection, lang: folder, path: shown(sub), text: '' }];
    });
  });
}

/** Reads and checks a content folder; a missing or unreadable folder is a problem too. */
export function checkFolder(root: string): Problem[] {
  let files: ContentFile[];
  try {
    files = readContent(root);
  } catch (error) {
    const { code, path } = error as NodeJS.ErrnoException;
    const what = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code})`;
    return [{ file: shown(path ?? root), message: `${what}; expected the content folder (set CONTENT_DIR, or leave it unset for ./content)` }];
  }
  if (files.length === 0) return [{ file: shown(root), message: 'holds no entries; expected a folder per collection with the entries in it' }];
  return checkContent(files, shown(root));
}

/** Every page a body may link to: fixed pages, timeline kinds and every entry. */
function sitePages(ids: Map<string, Set<string>>): Set<string> {
  return new Set([
    ...FIXED_PAGES,
    ...EVENT_KINDS.map((kind) => `/timeline/type/${slugify(kind)}/`),
    ...[...ids].flatMap(([collection, set]) => [...set].map((id) => entryUrl(collection as CollectionName, id, DEFAULT_LOCALE))),
  ]);
}

/** Checks every content file; returns all problems found (an empty list means the content is sound). */
export function checkContent(files: ContentFile[], root = 'content'): Problem[] {
  const problems: Problem[] = [];
  const report = (problem: Problem) => problems.push(problem);

  // Pass 1: folders, file names, ids and duplicates, so that references can be checked in pass 2.
  const ids = new Map<string, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  const seen = new Map<string, string>();
  const entries: (ContentFile & { text: string })[] = [];
  for (const file of files.filter((f) => !f.lang)) {
    if (!ids.has(file.collection)) {
      report({ file: file.path, message: `is in "${file.collection}/", which is not a collection; expected one of the folders ${COLLECTIONS.map((c) => `${c}/`).join(', ')}` });
      continue;
    }
    if (file.text === undefined) {
      report({ file: file.path, message: `is a folder inside a collection, and the site reads no sub-folders; expected only .md and .mdx files here (keep drafts outside the content folder)` });
      continue;
    }
    const ext = extname(file.path);
    if (ext !== '.md' && ext !== '.mdx') {
      report({ file: file.path, message: `is not an entry; expected only .md and .mdx files in a collection` });
      continue;
    }
    const id = idOf(file.path);
    if (!SLUG.test(id)) {
      report({ file: file.path, field: 'file name', message: `"${id}" is not a valid id; expected lower-case letters, digits and single hyphens, such as south-korea${ext}` });
    }
    const key = `${file.collection}/${id.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      report({ file: file.path, field: 'file name', message: `has the same id as ${first} (ignoring case and extension); expected one file per entry` });
      continue;
    }
    seen.set(key, file.path);
    ids.get(file.collection)!.add(id.toLowerCase());
    entries.push({ ...file, text: file.text });
  }
  for (const [collection, set] of ids) {
    if (set.size === 0) report({ file: `${root}/${collection}/`, message: 'has no entries; expected at least one .md file in every collection' });
  }

  // Pass 2: frontmatter against the schema, references against the ids, bodies.
  const checked = schemas((collection) =>
    z.string().refine((id) => ids.get(collection)!.has(id), {
      error: (issue) => `"${issue.input}" is not the id of any entry in ${collection}/; expected the file name of one, without .md`,
    }),
  );
  const pages = sitePages(ids);
  const renamed: Redirect[] = [];
  const parsed = new Map<string, ParsedEntry>();
  for (const file of entries) {
    const front = readFrontmatter(file.text);
    if (!('data' in front)) {
      report({ file: file.path, line: front.line, message: front.message });
      continue;
    }
    const collection = file.collection as CollectionName;
    parsed.set(`${collection}/${idOf(file.path)}`, { ...front, path: file.path });
    const result = checked[collection].safeParse(front.data, { reportInput: true });
    for (const id of (result.data as { formerIds?: string[] } | undefined)?.formerIds ?? []) {
      renamed.push({ from: entryUrl(collection, id, DEFAULT_LOCALE), to: entryUrl(collection, idOf(file.path), DEFAULT_LOCALE), file: file.path });
    }
    for (const issue of result.error?.issues ?? []) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        report({
          file: file.path,
          line: front.lineOf(path),
          field: fieldName(path),
          message: key === undefined ? describeIssue(issue) : `is not a field of ${collection}; check its spelling, or remove it`,
        });
      }
    }
    const url = entryUrl(collection, idOf(file.path), DEFAULT_LOCALE);
    for (const problem of checkBody(front.body, { mdx: file.path.endsWith('.mdx'), url, pageExists: (path) => pages.has(path) })) {
      report({ file: file.path, line: problem.line, field: 'text', message: problem.message });
    }
  }
  // Old URLs of renamed entries must not take over a live page (src/lib/redirects.ts).
  const live = new Set(entries.map((file) => entryUrl(file.collection as CollectionName, idOf(file.path), DEFAULT_LOCALE)));
  problems.push(...redirectProblems(renamed, live));
  const translated = files.filter((f) => f.lang);
  problems.push(...checkTranslatedFiles(translated, parsed, (path) => pages.has(path)));
  return problems;
}


/** One line per problem: `file:line field: what is wrong; what is expected`. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ? `${p.field}: ` : ''}${p.message}`)
    .join('\n');
}

/** The whole report for the terminal: a count, then one line per problem. */
export function reportProblems(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  return `The content check found ${count}:\n\n${formatProblems(problems)}\n`;
}
