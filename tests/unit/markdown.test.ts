/** The Markdown processor's fast path must not change any page: same HTML with or without it. */
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { markdownProcessor, mayUseGfm } from '../../src/lib/markdown.ts';
import { rawEntries } from '../helpers/content.ts';

const shared = { syntaxHighlight: false } as const;
const full = await unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }).createRenderer(shared);
const ours = await markdownProcessor().createRenderer(shared);

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

  it('plain prose with links, emphasis, headings and lists does not', () => {
    expect(mayUseGfm('## Ties\n\nKyrgyzstan–China *relations* began in [1992](/timeline/).\n\n- one\n- two')).toBe(false);
  });
});

describe('markdownProcessor', () => {
  const bodies = [
    ...rawEntries().map((entry) => [entry.path, entry.body] as const),
    ...rawEntries('tests/fixtures/content').map((entry) => [entry.path, entry.body] as const),
  ];

  it('takes the fast path for most real bodies and the GFM path for the fixture', () => {
    const plain = bodies.filter(([, body]) => !mayUseGfm(body));
    expect(plain.length).toBeGreaterThan(bodies.length / 2);
    expect(bodies.some(([path, body]) => path.endsWith('kazakhstan.md') && path.includes('fixtures') && mayUseGfm(body))).toBe(true);
  });

  it.each(bodies)('%s renders exactly as with remark-gfm', async (_path, body) => {
    const [expected, actual] = await Promise.all([full.render(body, {}), ours.render(body, {})]);
    expect(actual.code).toBe(expected.code);
    expect(actual.metadata.headings).toEqual(expected.metadata.headings);
  });

  it('still renders GFM where it is used', async () => {
    const { code } = await ours.render('| a |\n| - |\n| 1 |\n\nNote.[^1]\n\n[^1]: Text.', {});
    expect(code).toContain('<table>');
    expect(code).toContain('data-footnotes');
  });
});
