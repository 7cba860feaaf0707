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
 *
 * A body that needs neither (most of them) is plain CommonMark, and for that the unified
 * pipeline is ten times as slow as Sätteri, Astro's compiled default processor, which makes the
 * same HTML of it. So such a body goes to Sätteri, with site links moved into the body's
 * language as rehypeLocaleLinks does; if the result has anything the allowlist would change (a
 * `javascript:` link, say), it is thrown away and the body takes the unified path after all.
 */
import { unified } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { HTML_ALLOWLIST, htmlProblems } from './html-allowlist.ts';
import { languageOfFile, localizedHref, rehypeLocaleLinks } from './locale-links.ts';
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

type Options = Parameters<typeof createSatteriMarkdownProcessor>[0];
type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
type Rendered = Awaited<ReturnType<Renderer['render']>>;
type RenderOptions = Parameters<Renderer['render']>[1];

/**
 * Renders a body with neither GFM syntax nor raw HTML with Sätteri; undefined when the HTML has
 * an element or attribute that the sanitizer of the unified path would drop or change.
 */
async function renderPlain(shared: Options, content: string, opts: RenderOptions): Promise<Rendered | undefined> {
  const locale = opts?.fileURL ? languageOfFile(fileURLToPath(opts.fileURL)) : undefined;
  let allowed = true;
  const processor = await createSatteriMarkdownProcessor({
    ...shared,
    gfm: false,
    smartypants: false,
    hastPlugins: [
      {
        name: 'allowlist-and-locale-links',
        element: {
          filter: [],
          visit(node, ctx) {
            if (htmlProblems(node.tagName, node.properties ?? {}).length > 0) allowed = false;
            const href = node.properties?.href;
            if (locale && node.tagName === 'a' && typeof href === 'string') ctx.setProperty(node, 'href', localizedHref(locale, href));
          },
        },
      },
    ],
  });
  const rendered = await processor.render(content, opts);
  // Sätteri ends the HTML with a line break, the unified pipeline does not.
  return allowed ? { ...rendered, code: rendered.code.replace(/\n$/, '') } : undefined;
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
      return {
        async render(content, opts) {
          const gfm = mayUseGfm(content);
          const html = mayUseHtml(content);
          const plain = !gfm && !html ? await renderPlain(shared as Options, content, opts) : undefined;
          return plain ?? renderers[(gfm ? 2 : 0) + (html ? 1 : 0)].render(content, opts);
        },
      };
    },
  };
}
