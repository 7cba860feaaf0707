/** The Markdown processor: GFM only where a body may use it, and raw HTML sanitized to the allowlist. */
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownProcessor, mayUseGfm, mayUseHtml } from '../../src/lib/markdown.ts';
import { readContent } from '../../src/lib/integrity.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { HTML_ALLOWLIST } from '../../src/lib/html-allowlist.ts';
import { rehypeLocaleLinks } from '../../src/lib/locale-links.ts';
import { rehypeFootnoteLanguage } from '../../src/lib/footnote-language.ts';
import { contentRoot } from '../../src/lib/paths.ts';

const shared = { syntaxHighlight: false } as const;
const ours = await markdownProcessor().createRenderer(shared);
const render = async (body: string, fileURL?: URL) => (await ours.render(body, { fileURL })).code;

describe('mayUseGfm', () => {
  it.each([
    ['| a | b |\n| - | - |\n| 1 | 2 |', 'table'],
    ['~~gone~~', 'strikethrough'],
    ['A fact.[^1]\n\n[^1]: Note.', 'footnote'],
    ['- [ ] to do\n- [x] done', 'task list'],
    ['see www.example.org', 'www autolink'],
    ['see https://example.org/', 'URL autolink'],
    ['write to someone@example.org', 'e-mail autolink'],
  ])('%s (%s) may use GFM', (text) => {
    expect(mayUseGfm(text)).toBe(true);
  });

  it('plain prose with links, emphasis, headings and lists does not, and renders as with remark-gfm', async () => {
    const prose = '## Ties\n\nKyrgyzstan–China *relations* began in [1992](/timeline/).\n\n- one\n- two\n\n> Quoted.';
    expect(mayUseGfm(prose)).toBe(false);
    const full = await unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }).createRenderer(shared);
    expect(await render(prose)).toBe((await full.render(prose, {})).code);
  });
});

describe('markdownProcessor', () => {
  // Each body skips what it cannot need (remark-gfm, rehype-raw): the HTML must be what the
  // whole pipeline makes, for every body of the site and of the test fixtures.
  it('renders every content and fixture body as the whole pipeline does', async () => {
    const { options } = unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] });
    const whole = await unified({
      ...options,
      rehypePlugins: [...options.rehypePlugins, rehypeRaw, [rehypeSanitize, HTML_ALLOWLIST], rehypeLocaleLinks, rehypeFootnoteLanguage] as typeof options.rehypePlugins,
    }).createRenderer(shared);
    const files = [...readContent('content'), ...readContent('tests/fixtures/content')].filter((file) => file.path.endsWith('.md') && file.text);
    const tables = '| a | b |\n| - | - |\n| [1](/relations/china/) | ~~x~~ www.example.org |';
    const bodies = [...files.map((file) => [file.path, parseFrontmatter(file.text!)] as const), ['a table without HTML', { content: tables, frontmatter: {} }] as const];
    const differ: string[] = [];
    // The headings, image paths and frontmatter that Astro keeps beside the HTML must match too.
    for (const [path, { content, frontmatter }] of bodies) {
      const opts = { fileURL: pathToFileURL(join(process.cwd(), path)), frontmatter };
      if (JSON.stringify(await whole.render(content, opts)) !== JSON.stringify(await ours.render(content, opts))) differ.push(path);
    }
    expect(bodies.length).toBeGreaterThan(340);
    expect(differ).toEqual([]);
  });

  it('still renders GFM where it is used', async () => {
    const code = await render('| a |\n| - |\n| 1 |\n\nNote.[^1]\n\n[^1]: Text.');
    expect(code).toContain('<table>');
    expect(code).toContain('data-footnotes');
  });

  // Both paths (with and without remark-gfm) sanitize: the second body has a table.
  it.each([
    ['without GFM', ''],
    ['with GFM', '\n\n| a |\n| - |\n| 1 |'],
  ])('drops scripts, frames, forms, meta refresh, styles, handlers and javascript: links %s', async (_name, gfm) => {
    const code = await render(`<meta http-equiv="refresh" content="0;url=https://evil.example/">

<script>alert(1)</script><style>body { display: none }</style>

<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>

<form action="https://evil.example/"><button>Go</button></form>

<p onclick="alert(1)" style="color: red" id="site-search">Text</p>

<a href="javascript:alert(1)">link</a> [link](javascript:alert(2)) <img src="https://evil.example/x.png" onerror="alert(3)" alt="x">

<abbr title="Commonwealth of Independent States">CIS</abbr>${gfm}`);
    expect(code).not.toMatch(/<(meta|script|style|iframe|object|form|button)\b|on(click|error)=|style=|javascript:|evil\.example|id="site-search"|alert/i);
    expect(code).toContain('<p>Text</p>');
    expect(code).toContain('<abbr title="Commonwealth of Independent States">CIS</abbr>');
  });

  // A body with neither raw HTML nor GFM takes the fast path (Sätteri); what the sanitizer
  // would change there sends it back to the whole pipeline.
  it.each([
    ['[link](javascript:alert(1))', '<p><a>link</a></p>'],
    ['[link][ref]\n\n[ref]: vbscript:alert(1)', '<p><a>link</a></p>'],
    ['![map](file:etc/passwd)', '<p><img alt="map"></p>'],
    ['See [China](/relations/china/) and [the page](#cite).', '<p>See <a href="/relations/china/">China</a> and <a href="#cite">the page</a>.</p>'],
  ])('renders %j without raw HTML or GFM as %j', async (markdown, html) => {
    expect(mayUseGfm(markdown) || mayUseHtml(markdown)).toBe(false);
    expect(await render(markdown)).toBe(html);
  });

  it('moves the links of a translated body without footnotes into its language', async () => {
    const code = await render('## Связи\n\nСм. [Китай](/relations/china/) и [раздел](#cite).', pathToFileURL(join(contentRoot(), 'ru/countries/x.md')));
    expect(code).toBe('<h2 id="связи">Связи</h2>\n<p>См. <a href="/ru/relations/china/">Китай</a> и <a href="#cite">раздел</a>.</p>');
  });

  // Translations mark what they quote in English (WCAG 3.1.2, src/lib/language-parts.ts).
  it('keeps the lang of a span, so a quotation in another language is read in that language', async () => {
    expect(await render('Страница называет ООН «<span lang="en">the storm center</span>».')).toBe('<p>Страница называет ООН «<span lang="en">the storm center</span>».</p>');
  });

  it('keeps the ids and links of footnotes and headings', async () => {
    expect(await render('## A heading\n\nA fact.[^1]\n\n[^1]: Note.')).toMatchInlineSnapshot(`
      "<h2 id="a-heading">A heading</h2>
      <p>A fact.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup></p>
      <section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>
      <ol>
      <li id="user-content-fn-1">
      <p>Note. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>
      </li>
      </ol>
      </section>"
    `);
  });

  it('in a translated body, names the footnotes and their back links in its language and links into its language', async () => {
    const code = await render('См. [Китай](/relations/china/).[^1] Ещё раз.[^1]\n\n[^1]: Сноска.', pathToFileURL(join(contentRoot(), 'ru/countries/x.md')));
    expect(code).toMatchInlineSnapshot(`
      "<p>См. <a href="/ru/relations/china/">Китай</a>.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup> Ещё раз.<sup><a href="#user-content-fn-1" id="user-content-fnref-1-2" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup></p>
      <section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Сноски</h2>
      <ol>
      <li id="user-content-fn-1">
      <p>Сноска. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Вернуться к месту сноски 1" class="data-footnote-backref">↩</a> <a href="#user-content-fnref-1-2" data-footnote-backref="" aria-label="Вернуться к месту сноски 1-2" class="data-footnote-backref">↩<sup>2</sup></a></p>
      </li>
      </ol>
      </section>"
    `);
  });
});
