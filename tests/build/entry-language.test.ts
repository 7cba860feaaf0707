/**
 * Russian entry pages speak Russian: no string of the English entry dictionary in their visible
 * text, except inside parts marked as English (`lang="en"`: source names, translated titles'
 * originals). The cite block belongs to the citation dictionary and is checked there.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import en from '../../src/i18n/en/entry.ts';
import site from '../../src/i18n/en/site.ts';
import { page, pages } from '../helpers/dist.ts';

/** Every string of a dictionary area; functions called with a placeholder, which is cut off again. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return (value('\u0000', '\u0000') as string).split('\u0000').map((s) => s.trim());
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// Words of two letters or fewer ("of") would match inside quoted English; the longer ones are ours.
const ENGLISH = [...new Set([...strings(en), site.notStated, site.noneNamed, site.breadcrumb])].filter((s) => s.length > 3);

/** The text a reader sees in <main>, without the parts marked as another language or owned elsewhere. */
function russianText(root: HTMLElement): string {
  const main = root.querySelector('main')!.clone() as HTMLElement;
  // The self-links' labels come from BaseLayout ("Link to the section …"), not the entry pages.
  for (const el of main.querySelectorAll('[lang]:not([lang="ru"]), .cite, .self-link, script, style')) el.remove();
  const labels = main.querySelectorAll('[aria-label]').map((el) => el.getAttribute('aria-label')).join(' ');
  return `${main.textContent} ${labels}`.replace(/\s+/g, ' ');
}

describe.each([
  '/ru/relations/china/',
  '/ru/relations/greece/',
  '/ru/treaties/china-border-confidence-1996/',
  '/ru/treaties/unsc-resolution-2001/',
  '/ru/organizations/sco/',
  '/ru/organizations/cis/',
  '/ru/priorities/great-powers/',
  '/ru/timeline/akayev-visits-greece/',
  '/ru/sources/school-textbook/',
])('%s', (url) => {
  it('shows no English interface text', () => {
    const text = russianText(page(url).root);
    expect(ENGLISH.filter((s) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text))).toEqual([]);
  });

  it('marks the English source names as English', () => {
    const links = page(url).root.querySelectorAll('main a[href^="/ru/sources/"]').filter((a) => /[A-Za-z]{4}/.test(a.textContent));
    expect(links.filter((a) => a.getAttribute('lang') !== 'en').map((a) => a.textContent)).toEqual([]);
  });
});

describe('every Russian entry', () => {
  // The facts panel is built from shared frontmatter, where an English value (an acronym the
  // translation does not give, "World Bank") can slip onto a Russian page unmarked.
  it('shows no unmarked English word in its facts panel', () => {
    const english = pages()
      .filter((p) => p.url.startsWith('/ru/') && p.root.querySelector('.facts'))
      .flatMap((p) => {
        const facts = p.root.querySelector('.facts')!.clone() as HTMLElement;
        for (const el of facts.querySelectorAll('[lang]:not([lang="ru"])')) el.remove();
        return (facts.textContent.match(/\b[A-Za-z][A-Za-z-]{3,}/g) ?? []).map((word) => `${p.url}: ${word}`);
      });
    expect(english).toEqual([]);
  });
});
