/**
 * The site's Markdown processor: Astro's unified pipeline with remark-gfm (tables, footnotes,
 * autolinks, strikethrough, task lists), smart punctuation off, and every .md body's raw HTML
 * parsed and sanitized to the allowlist of src/lib/html-allowlist.ts, so that no script,
 * frame, form, meta refresh, event handler or javascript: link ever reaches a page. (MDX has
 * no raw HTML: the content check holds its elements to the same list.)
 *
 * remark-gfm's syntax extensions make every body's render about 1.6 times as slow (measured in
 * bench/RESULTS.md), yet they can only change the output of text containing a character that
 * starts GFM syntax. So a body without any of them is rendered by the same pipeline minus
 * remark-gfm, which gives the same HTML (tests/unit/markdown.test.ts renders every content
 * body and the GFM fixture both ways). MDX files always get remark-gfm.
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

export function markdownProcessor(): ReturnType<typeof unified> {
  const processor = unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] });
  return {
    ...processor,
    async createRenderer(shared) {
      const { options } = processor;
      // Astro parses raw HTML only after the rehype plugins, so parse it first, then sanitize.
      const rehypePlugins = [...options.rehypePlugins, rehypeRaw, [rehypeSanitize, HTML_ALLOWLIST], rehypeLocaleLinks, rehypeFootnoteLanguage] as typeof options.rehypePlugins;
      const withGfm = await unified({ ...options, rehypePlugins }).createRenderer(shared);
      const remarkPlugins = options.remarkPlugins.filter((plugin) => plugin !== remarkGfm);
      const plain = await unified({ ...options, remarkPlugins, rehypePlugins }).createRenderer(shared);
      return { render: (content, opts) => (mayUseGfm(content) ? withGfm : plain).render(content, opts) };
    },
  };
}
