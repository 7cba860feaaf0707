/**
 * Checks an entry's text (the body under the frontmatter) the way it will be rendered, and
 * reports each problem with its file line:
 *
 * - HTML that the sanitizer would drop (src/lib/html-allowlist.ts): a <script>, a frame, a
 *   form, a meta refresh, an event handler, a javascript: link. Dropping it silently would
 *   publish a page that is not what the editor wrote.
 * - In MDX: anything that runs code when the site is built. Only the site's own components,
 *   by name and with quoted values (src/lib/mdx.ts), plus the same HTML as Markdown.
 * - Links to pages of the site that do not exist, named by the line that holds them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkRehype, { type Options as ToHastOptions } from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { htmlProblems } from './html-allowlist.ts';
import { MDX_COMPONENTS, type AttributeCheck, type MdxComponentName } from './mdx.ts';

/** One problem in an entry's text, at a file line. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** MDX nodes, kept as they are in the HTML tree so that the walk below can see them. */
const MDX_NODES: ToHastOptions['passThrough'] = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

// Raw HTML is only seen once parsed into HTML, which costs as much again as reading the
// Markdown; a body without "<" has none, so its links and images are checked in the Markdown
// tree, which Sätteri (compiled, as in markdown.ts) reads ten times as fast as remark.
const withHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkRehype, { passThrough: MDX_NODES });

const COMPONENTS = Object.keys(MDX_COMPONENTS);
const HOW = `use the site's components by name, without an import: ${Object.values(MDX_COMPONENTS).map((c) => c.example).join(' or ')}`;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface AnyNode extends Node {
  url?: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: JsxAttribute[];
}

const short = (code: string) => (code.length > 40 ? `${code.slice(0, 37)}…` : code);

/** The problems of one MDX JSX element: unknown components, JavaScript in attributes, bad values, disallowed HTML. */
function jsxProblems(node: AnyNode, pageExists: (path: string) => boolean): string[] {
  const name = node.name;
  if (!name) return [`a fragment <>…</> is not allowed; ${HOW}`];
  const problems: string[] = [];
  const props: Record<string, unknown> = {};
  const coded = new Set<string | undefined>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value && typeof attribute.value === 'object')) {
      coded.add(attribute.name);
      const code = attribute.type === 'mdxJsxAttribute' ? `${attribute.name}={${(attribute.value as { value: string }).value}}` : `{${attribute.value}}`;
      problems.push(`<${name} ${short(code)}> runs JavaScript when the site is built; expected a quoted value, such as ${MDX_COMPONENTS.PartialDate.example}`);
    } else {
      props[attribute.name!] = attribute.value ?? true;
    }
  }
  if (/^[a-z]/.test(name) && !name.includes('.')) return [...problems, ...htmlProblems(name, props)];
  if (!COMPONENTS.includes(name)) return [`<${name}> is not one of the site's components; ${HOW}`];
  const { example, attributes } = MDX_COMPONENTS[name as MdxComponentName];
  const checks: Record<string, AttributeCheck> = attributes;
  for (const key of Object.keys(props)) {
    if (!(key in checks)) problems.push(`<${name}> takes no attribute "${key}"; expected ${example}`);
  }
  for (const [key, check] of Object.entries(checks)) {
    if (coded.has(key)) continue;
    const value = props[key];
    const wrong = typeof value === 'string' ? check(value, pageExists) : `needs a quoted ${key}`;
    if (wrong) problems.push(`<${name} ${key}>: ${wrong}; expected ${example}`);
  }
  return problems;
}

/**
 * Checks one body. `body` keeps the frontmatter as empty lines, so positions are file lines;
 * `url` is the entry's own page, to resolve relative links; `pageExists` knows every page.
 */
export function checkBody(body: string, options: { mdx: boolean; url: string; pageExists: (path: string) => boolean }): BodyProblem[] {
  const processor = options.mdx ? mdx : body.includes('<') ? withHtml : undefined;
  let tree: Node;
  try {
    tree = processor ? processor.runSync(processor.parse(body)) : (markdownToMdast(body) as Node);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{ line: line ?? 1, message: `is not valid MDX: ${reason ?? (error as Error).message}` }];
  }
  const problems: BodyProblem[] = [];
  // Nodes that Markdown generates (a footnote's back link) have no position: use the last one seen.
  let line = 1;
  visit(tree, (node: AnyNode) => {
    line = node.position?.start?.line ?? line;
    const report = (message: string) => problems.push({ line, message });
    let href: unknown;
    switch (node.type) {
      case 'mdxjsEsm':
        report(`"${short((node.value ?? '').split('\n')[0])}": imports and exports run code when the site is built and are not allowed; ${HOW}`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(`"{${short(node.value ?? '')}}" runs JavaScript when the site is built and is not allowed; write the text itself`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxProblems(node, options.pageExists).forEach(report);
        href = node.name === 'a' ? node.attributes?.find((a) => a.name === 'href')?.value : undefined;
        break;
      case 'element': {
        const props = Object.fromEntries(Object.entries(node.properties ?? {}).filter(([, v]) => v != null && v !== false));
        htmlProblems(node.tagName!, props).forEach(report);
        href = node.tagName === 'a' ? props.href : undefined;
        break;
      }
      // The Markdown tree of a body without HTML: links, link definitions and images.
      case 'link':
      case 'definition':
        htmlProblems('a', { href: node.url }).forEach(report);
        href = node.url;
        break;
      case 'image':
        htmlProblems('img', { src: node.url }).forEach(report);
        break;
    }
    if (typeof href !== 'string' || href.startsWith('#')) return;
    const target = new URL(href, `http://site${options.url}`);
    if (target.host === 'site' && !options.pageExists(decodeURI(target.pathname))) {
      report(`links to "${href}", which is not a page of this site; expected the address of an entry, such as /relations/china/, or of a section`);
    }
  });
  return problems;
}
