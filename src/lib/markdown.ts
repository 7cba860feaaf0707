/**
 * The site's Markdown processor: Astro's unified pipeline with remark-gfm (tables, footnotes,
 * autolinks, strikethrough, task lists), smart punctuation off, and every .md body's raw HTML
 * parsed and sanitized to the allowlist of src/lib/html-allowlist.ts, so that no script,
 * frame, form, meta refresh, event handler or javascript: link ever reaches a page. (MDX has
 * no raw HTML: the content check holds its elements to the same list.)
 *
 * remark-gfm's syntax extensions make every body's render about 1.6 times as slow (measured in
 * bench/RESULTS.md), yet they can only change the output of text containing a character that
 * starts GFM syntax; likewise rehype-raw re-parses the whole page body with an HTML parser,
 * yet has nothing to do in a body without "<". So each body is rendered by the pipeline minus
 * what it cannot need, which gives the same HTML (tests/unit/markdown.test.ts renders every
 * content body both ways). MDX files always get remark-gfm.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { HTML_ALLOWLIST } from './html-allowlist.ts';
import { rehypeLocaleLinks } from './locale-links.ts';
import { rehypeFootnoteLanguage } from './footnote-language.ts';

/**
 * What GFM syntax starts with: "|" (tables), "~" (strikethrough), "[^" (footnotes),
 * "[ ]"/"[x]" (task lists), and for autolink literals "www.", "://" (http, https) and "@"
 * (e-mail, mailto:, xmpp:). A superset: a body that matches may still have no GFM in it.
 */
const GFM_START = /[|~@]|\[\^|\[[ xX]\]|www\.|:\/\//i;

/** True unless the text certainly contains no GFM syntax. */
export function mayUseGfm(markdown: string): boolean {
  return GFM_START.test(markdown);
}

/** True unless the text certainly contains no raw HTML (every HTML construct starts with "<"). */
export function mayUseHtml(markdown: string): boolean {
  return markdown.includes('<');
}

export function markdownProcessor(): ReturnType<typeof unified> {
  const processor = unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] });
  return {
    ...processor,
    async createRenderer(shared) {
      const { options } = processor;
      /** A renderer with or without remark-gfm and rehype-raw; sanitizing always runs. */
      const renderer = (gfm: boolean, html: boolean) =>
        unified({
          ...options,
          remarkPlugins: gfm ? options.remarkPlugins : options.remarkPlugins.filter((plugin) => plugin !== remarkGfm),
          // Astro parses raw HTML only after the rehype plugins, so parse it first, then sanitize.
          rehypePlugins: [...options.rehypePlugins, ...(html ? [rehypeRaw] : []), [rehypeSanitize, HTML_ALLOWLIST], rehypeLocaleLinks, rehypeFootnoteLanguage] as typeof options.rehypePlugins,
        }).createRenderer(shared);
      const renderers = await Promise.all([renderer(false, false), renderer(false, true), renderer(true, false), renderer(true, true)]);
      return { render: (content, opts) => renderers[(mayUseGfm(content) ? 2 : 0) + (mayUseHtml(content) ? 1 : 0)].render(content, opts) };
    },
  };
}
