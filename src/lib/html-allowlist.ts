/**
 * The HTML an entry's text may contain, as one rehype-sanitize schema. The Markdown pipeline
 * (src/lib/markdown.ts) sanitizes every .md body with it, so that nothing else ever reaches a
 * page; the content check (src/lib/body-check.ts) reports, with file and line, what the
 * sanitizer would drop, and holds MDX to the same list.
 *
 * It is GitHub's list (hast-util-sanitize's default schema) with five changes:
 * - no `id` or `name` of the editor's own: they could shadow the ids the site's scripts look
 *   up (DOM clobbering). Only the footnote ids that Markdown itself makes are kept.
 * - `<style>` is dropped with its text, like `<script>`, instead of leaving its CSS as prose.
 * - images only from the site itself (or `data:`), as a page loads nothing from other origins.
 * - `<abbr title="…">` for acronyms, which a reference site spells out.
 * - links only to web pages and e-mail addresses (http:, https:, mailto:), or within the site.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { find, html } from 'property-information';

type Attribute = string | [string, ...(string | number | boolean | RegExp | null | undefined)[]];

const everywhere = (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id' && a !== 'name');

export const HTML_ALLOWLIST: Schema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...everywhere, ['id', /^user-content-/, 'footnote-label']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['data'] },
  strip: ['script', 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
};

const TAGS = new Set(HTML_ALLOWLIST.tagNames);

function attributeName(entry: Attribute): string {
  return typeof entry === 'string' ? entry : entry[0];
}

const attributesOfTag = new Map<string, Set<string>>();

/** The attribute names (hast property names) allowed on one element. */
function allowedAttributes(tagName: string): Set<string> {
  let allowed = attributesOfTag.get(tagName);
  if (!allowed) {
    const entries = [...(HTML_ALLOWLIST.attributes?.[tagName] ?? []), ...(HTML_ALLOWLIST.attributes?.['*'] ?? [])];
    allowed = new Set(entries.map((a) => attributeName(a as Attribute)));
    attributesOfTag.set(tagName, allowed);
  }
  return allowed;
}

/** True when `url` names a protocol (`javascript:`, `https:`) rather than a path or fragment. */
function protocolOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1].toLowerCase();
}

/**
 * What is wrong with one element of an entry's text, in plain words; empty when the allowlist
 * keeps it as it is. `props` maps attribute names (as written, or as hast property names) to values.
 */
export function htmlProblems(tagName: string, props: Record<string, unknown>): string[] {
  if (!TAGS.has(tagName)) return [`the HTML element <${tagName}> is not allowed in an entry's text (use Markdown, or an element from the list in the README)`];
  const problems: string[] = [];
  const names = Object.keys(props);
  if (names.length === 0) return problems;
  const allowed = allowedAttributes(tagName);
  for (const name of names) {
    const value = props[name];
    const info = find(html, name);
    if (!allowed.has(info.property)) {
      problems.push(`the attribute ${info.attribute}="…" is not allowed on <${tagName}> (event handlers, styles and ids are never published)`);
      continue;
    }
    const protocols = HTML_ALLOWLIST.protocols?.[info.property];
    const protocol = typeof value === 'string' ? protocolOf(value) : undefined;
    if (protocols && protocol && !protocols.includes(protocol)) {
      problems.push(
        info.property === 'src'
          ? `<${tagName}> loads "${value}" from another site; images must be files of this site`
          : `the link "${value}" uses "${protocol}:", which is not allowed (expected ${protocols.map((p) => `${p}:`).join(', ')} or a path on this site)`,
      );
    }
  }
  return problems;
}
