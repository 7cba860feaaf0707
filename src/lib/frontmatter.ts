/**
 * Reading an entry's frontmatter exactly as Astro does (`parseFrontmatter`, so a byte-order
 * mark or Windows line ends read the same), with what Astro does not give: file line numbers
 * for every field, and a guard against YAML that expands without end.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/**
 * The most values one frontmatter may hold once YAML aliases (`&a` … `*a`) are expanded. Real
 * entries hold a few hundred; an alias bomb holds billions and would exhaust memory in the
 * schema check, so it is refused while counting.
 */
export const MAX_VALUES = 20_000;

/** A file's frontmatter and body, with file line numbers. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** The body, with the frontmatter replaced by empty lines so that body lines are file lines. */
  body: string;
  /** The file line of the opening `---`. */
  line: number;
  /** The file line of a field (`['sources', 0, 'locator']`), or of the nearest enclosing one. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Why a file's frontmatter could not be read, and where. */
export interface FrontmatterError {
  line: number;
  message: string;
}

/** Counts the values of parsed YAML, shared (aliased) ones once per use; stops past `limit`. */
function countValues(root: unknown, limit: number): number {
  let count = 0;
  const stack = [root];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    count += 1;
    if (value && typeof value === 'object') for (const child of Object.values(value)) stack.push(child);
  }
  return count;
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

/** Reads the frontmatter of a content file; an error names the file line that is wrong. */
export function readFrontmatter(text: string): Frontmatter | FrontmatterError {
  const raw = extractFrontmatter(text);
  if (raw === undefined) {
    return { line: 1, message: 'the file has no frontmatter: it must start with a line "---", then the fields, then another "---"' };
  }
  // `raw` starts right after the opening `---`, so its line 0 is the file line of `---`.
  const line = countLines(text.slice(0, text.indexOf(raw))) + 1;
  let parsed;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    return { line: line + (mark?.line ?? 0), message: `the frontmatter is not valid YAML: ${reason ?? (error as Error).message}` };
  }
  if (countValues(parsed.frontmatter, MAX_VALUES) > MAX_VALUES) {
    return {
      line,
      message: `the frontmatter expands to more than ${MAX_VALUES.toLocaleString('en')} values through YAML aliases (&name … *name); write the values out instead`,
    };
  }
  let lineOf: Frontmatter['lineOf'] | undefined;
  return {
    data: parsed.frontmatter,
    body: parsed.content,
    line,
    lineOf: (path) => (lineOf ??= fieldLines(raw, line))(path),
  };
}

/** Looks fields up in a YAML syntax tree of `raw`, whose first line is file line `first`. */
function fieldLines(raw: string, first: number): Frontmatter['lineOf'] {
  const counter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: counter, uniqueKeys: false });
  const lineAt = (node: Node | null | undefined, fallback: number) =>
    node?.range ? first + counter.linePos(node.range[0]).line - 1 : fallback;
  return (path) => {
    let node = doc.contents as Node | null;
    let line = first;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        line = lineAt(pair.key as Node, line);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key] as Node;
        line = lineAt(node, line);
      } else break;
    }
    return line;
  };
}
