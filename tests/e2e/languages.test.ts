/**
 * Each language's pages in its own language: no interface string of the English dictionary on
 * a translated page, and no Latin-script words there but codes and English marked as English.
 *
 * Read in Chromium, so the text the search scripts write (status, results, the header box's
 * list) counts too. What counts is what a reader sees or a screen reader says: every text node
 * of the body (hidden ones too: a closed <details> or a status message is still the page's
 * interface), the accessible names and hints in attributes, the title and the description.
 * Parts marked with another language (lang="en" on an English source title or quotation,
 * WCAG 3.1.2) are left out: there English is right, and marked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_LOCALE, LOCALES, dictionary } from '../../src/lib/i18n.ts';
import { splitLocale } from '../../src/lib/urls.ts';
import { TRANSLATED_PAGE_TYPES, servedSite } from '../helpers/site.ts';
import { containsPhrase, telltaleStrings } from '../helpers/dictionary.ts';

const site = servedSite();

/** A query finding something in the Russian index, for the search page and the header box. */
const QUERY = 'ОДКБ';
const PAGES = [...TRANSLATED_PAGE_TYPES, `/ru/search/?q=${QUERY}`, `/ru/treaties/#header-box`];

interface Piece {
  text: string;
  /** The element it is in: "nav.breadcrumbs a", "input#site-search[placeholder]". */
  where: string;
}

/** Opens a page as a reader would see it, the search results or the header box's list included. */
async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(site.server.url + path.replace('#header-box', ''));
  if (path.includes('?q=')) await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
  if (path.endsWith('#header-box')) {
    await page.fill('#site-search', QUERY);
    await page.locator('#site-search-listbox [role="option"]').first().waitFor();
  }
  return page;
}

/** The text of the page in the page's own language, piece by piece, URLs taken out. */
function readerText(page: Page): Promise<Piece[]> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const own = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === lang;
    const where = (el: Element) => {
      const name = (e: Element) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : e.classList.length ? `.${[...e.classList].filter((c) => !c.startsWith('astro-')).join('.')}` : '');
      const parent = el.parentElement && el.parentElement !== document.body ? `${name(el.parentElement)} ` : '';
      return parent + name(el);
    };
    const pieces: { text: string; where: string }[] = [
      { text: document.title, where: 'title' },
      ...[...document.querySelectorAll('meta[name="description"], meta[property="og:title"], meta[property="og:description"]')].map((m) => ({ text: m.getAttribute('content') ?? '', where: `meta ${m.getAttribute('name') ?? m.getAttribute('property')}` })),
    ];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      // <code> holds identifiers that are the same in every language (field names, revision
      // ids); <noscript> is raw markup when scripts run (the no-JS tests read it parsed).
      if (el.closest('script, style, code, noscript') || !own(el)) continue;
      pieces.push({ text: node.textContent ?? '', where: where(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [aria-description], [title], [alt], [placeholder]')) {
      if (!own(el)) continue;
      for (const attr of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) pieces.push({ text: value, where: `${where(el)}[${attr}]` });
      }
    }
    return pieces
      .map((p) => ({ ...p, text: p.text.replace(/\b(https?:\/\/|www\.)\S+/g, ' ').replace(/\s+/g, ' ').trim() }))
      .filter((p) => p.text);
  });
}

const pieces = new Map<string, Piece[]>();
async function textOf(path: string): Promise<Piece[]> {
  if (!pieces.has(path)) {
    const page = await open(path);
    pieces.set(path, await readerText(page));
    await page.close();
  }
  return pieces.get(path)!;
}

describe('no English interface on a translated page', () => {
  it.each(PAGES)('%s shows no string of the English dictionary outside parts marked lang="en"', async (path) => {
    const locale = splitLocale(path, LOCALES).locale;
    const telltales = telltaleStrings(dictionary(DEFAULT_LOCALE), dictionary(locale));
    const found = (await textOf(path)).flatMap((piece) =>
      telltales.filter((s) => containsPhrase(piece.text, s.text)).map((s) => `"${s.text}" (${s.key}) in ${piece.where}`),
    );
    expect(telltales.length).toBeGreaterThan(30);
    expect([...new Set(found)]).toEqual([]);
  });
});

/**
 * Latin script on a Russian page is right in two cases only: a code that is the same in every
 * language (an acronym or ISO code in capitals: "CSV", "ISO 3166", "JSON-LD"; a URL or file
 * name), or English text, which must then be marked lang="en" (WCAG 3.1.2). So rather than list
 * the English words allowed, the test allows codes by their form plus the few product and style names
 * below, and everything else must be marked: this catches an untranslated title or locator in
 * the content as well as a missed interface string.
 */
const NAMES = new Set(['BibTeX', 'Zotero', 'Pagefind', 'JavaScript', 'Chicago']);
const isCode = (word: string) => /^[\p{Lu}\d][\p{Lu}\d&-]*$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\d|\d\p{Lu}/u.test(word);

describe('Latin script on a translated page', () => {
  it.each(PAGES)('%s has Latin-script words only in codes, names of formats and parts marked lang="en"', async (path) => {
    const unmarked = (await textOf(path)).flatMap((piece) => {
      const words = (piece.text.replace(/\S+\.[a-z]{2,4}\b\S*|\/\S+/g, ' ').match(/\p{Script=Latin}[\p{Script=Latin}\d&'’-]*/gu) ?? []).filter(
        (word) => !isCode(word) && !NAMES.has(word),
      );
      return words.length ? [`"${piece.text.slice(0, 70)}" in ${piece.where}`] : [];
    });
    expect([...new Set(unmarked)]).toEqual([]);
  });
});
