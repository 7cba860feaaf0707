/**
 * The content integrity check. Astro reports only the first schema error, merely logs a
 * dangling reference and warns on duplicate ids; this check runs before the build, finds
 * every problem at once and names the file, the field and the bad value of each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { compileSync } from '@mdx-js/mdx';
import { z } from 'astro/zod';
import { COLLECTIONS, schemas, type CollectionName } from './schema.ts';
import { redirectProblems, type Redirect } from './redirects.ts';
import { entryUrl } from './urls.ts';

/** A content file as read from disk. */
export interface ContentFile {
  collection: string;
  /** Path shown in messages, relative to the working directory. */
  path: string;
  text: string;
}

/** One problem in one file. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a content file into its raw frontmatter, its body and the body's first line number; null without frontmatter. */
export function splitFrontmatter(text: string): { front: string; body: string; bodyLine: number } | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  return { front: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The entry id Astro derives from a file name: the name without its extension. */
export function idOf(path: string): string {
  return basename(path, extname(path));
}

/** Reads every file under the content root, one folder per collection. */
export function readContent(root: string): ContentFile[] {
  return readdirSync(root).sort().flatMap((collection) => {
    const dir = join(root, collection);
    if (!statSync(dir).isDirectory()) return [];
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => ({
        collection,
        path: relative(process.cwd(), join(dir, name)) || name,
        text: readFileSync(join(dir, name), 'utf8'),
      }));
  });
}

/** Renders a zod issue path as a field name: `sources[0].locator`. */
function fieldName(path: PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('') || '(frontmatter)';
}

function describeValue(value: unknown): string {
  if (value instanceof Date) return `unquoted date ${value.toISOString().slice(0, 10)}`;
  if (value === undefined) return 'missing';
  return JSON.stringify(value);
}

/** Checks every content file; returns all problems found (an empty list means the content is sound). */
export function checkContent(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  // Pass 1: file names, ids and duplicates, so that references can be checked in pass 2.
  const ids = new Map<string, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  const seen = new Map<string, string>();
  const entries: ContentFile[] = [];
  for (const file of files) {
    const ext = extname(file.path);
    if (!ids.has(file.collection)) {
      report(file.path, '(folder)', `"${file.collection}" is not a collection (expected one of ${COLLECTIONS.join(', ')})`);
      continue;
    }
    if (ext !== '.md' && ext !== '.mdx') {
      report(file.path, '(file name)', `only .md and .mdx files belong in content/, found "${basename(file.path)}"`);
      continue;
    }
    const id = idOf(file.path);
    if (!SLUG.test(id)) {
      report(file.path, '(file name)', `"${id}" is not a valid id: use lower-case letters, digits and single hyphens`);
    }
    const key = `${file.collection}/${id.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      report(file.path, 'id', `duplicate id "${id}" in ${file.collection}: ${first} has the same id (ignoring case)`);
      continue;
    }
    seen.set(key, file.path);
    ids.get(file.collection)!.add(id.toLowerCase());
    entries.push(file);
  }

  // Pass 2: frontmatter against the schema, with references checked against the ids.
  const checked = schemas((collection) =>
    z.string().refine((id) => ids.get(collection)!.has(id), {
      error: `there is no ${collection} entry with this id`,
    }),
  );
  const renamed: Redirect[] = [];
  for (const file of entries) {
    const parts = splitFrontmatter(file.text);
    if (!parts) {
      report(file.path, '(frontmatter)', 'the file has no frontmatter block between --- lines');
      continue;
    }
    let data: unknown;
    try {
      data = yaml.load(parts.front);
    } catch (error) {
      report(file.path, '(frontmatter)', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (file.path.endsWith('.mdx')) {
      try {
        compileSync(parts.body);
      } catch (error) {
        const line = (error as { line?: number }).line;
        const at = line ? ` at line ${line + parts.bodyLine - 1}` : '';
        report(file.path, '(body)', `invalid MDX${at}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    const result = checked[file.collection as CollectionName].safeParse(data ?? {}, { reportInput: true });
    if (result.success) {
      const collection = file.collection as CollectionName;
      for (const id of (result.data as { formerIds?: string[] }).formerIds ?? []) renamed.push({ from: entryUrl(collection, id), to: entryUrl(collection, idOf(file.path)), file: file.path });
      continue;
    }
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        const message =
          key !== undefined
            ? 'is not a field of this collection (misspelt?)'
            : issue.input === undefined
              ? 'is required but missing'
              : `${issue.message} (value: ${describeValue(issue.input)})`;
        report(file.path, fieldName(path), message);
      }
    }
  }
  // Old URLs of renamed entries must not take over a live page (src/lib/redirects.ts).
  const live = new Set(entries.map((file) => entryUrl(file.collection as CollectionName, idOf(file.path))));
  problems.push(...redirectProblems(renamed, live));
  return problems;
}

/** One line per problem: `file: field "x": message`. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: field "${p.field}": ${p.message}`).join('\n');
}
