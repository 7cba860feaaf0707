/**
 * The editions side by side in dist/: every page of one language has its counterpart in every
 * other, and each page names its versions (hreflang) and links to them (language switcher).
 */
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, TRANSLATION_LOCALES, dictionary, type Locale } from '../../src/lib/i18n.ts';
import { localePath, splitLocale } from '../../src/lib/urls.ts';
import { DIST, fileFor, page, pages, walk } from '../helpers/dist.ts';

const files = walk(DIST).map((f) => '/' + relative(DIST, f).split(sep).join('/'));
const langOf = (url: string) => dictionary(splitLocale(url, LOCALES).locale).meta.lang;
/** A–Z letter pages are cut by each language's alphabet, so they need not match one to one. */
const isAz = (path: string) => path.startsWith('/search/a-z/');

/**
 * What each language has a copy of, by path without the language prefix: its pages, citation
 * files and change feed. The 404 page is one bilingual page for all; the open data, search
 * index and scripts are one per site.
 */
function edition(locale: Locale): string[] {
  return files
    .map((file) => splitLocale(file.replace(/index\.html$/, ''), LOCALES))
    .filter((f) => f.locale === locale)
    .map((f) => f.path)
    .filter((path) => (path.endsWith('/') && !path.startsWith('/pagefind/')) || /^\/cite\/[^/]+\/[^/]+$/.test(path) || path === '/changes.xml')
    .sort();
}

describe('every page in every language', () => {
  const english = edition(DEFAULT_LOCALE);

  it.each(TRANSLATION_LOCALES)('the English edition and the %s one have the same pages, citation files and feed', (locale) => {
    const translated = edition(locale);
    expect(english.length).toBeGreaterThan(300);
    expect({
      [`missing in /${locale}/`]: english.filter((p) => !isAz(p) && !translated.includes(p)),
      [`only in /${locale}/`]: translated.filter((p) => !isAz(p) && !english.includes(p)),
    }).toEqual({ [`missing in /${locale}/`]: [], [`only in /${locale}/`]: [] });
  });

  it.each(LOCALES)('the %s edition has an A–Z list of entries, linked from its search page', (locale) => {
    const letters = page(localePath(locale, '/search/')).root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
    const own = letters.filter((href) => href.startsWith(localePath(locale, '/search/a-z/')));
    expect(own.length).toBeGreaterThan(5);
    expect(own.filter((href) => !fileFor(href))).toEqual([]);
  });
});

describe('links within a language', () => {
  it.each(TRANSLATION_LOCALES)('a /%s/ page links to pages of its own language; only the switcher leaves it', (locale) => {
    const prefix = localePath(locale, '/');
    const outside = pages()
      .filter((p) => p.url.startsWith(prefix))
      .flatMap((p) =>
        p.root
          .querySelectorAll('a[href^="/"]:not([hreflang])')
          .map((a) => a.getAttribute('href')!)
          // Files such as the CSV downloads are one for every language.
          .filter((href) => href.split('#')[0].endsWith('/') && !href.startsWith(prefix))
          .map((href) => `${p.url} → ${href}`),
      );
    expect([...new Set(outside)]).toEqual([]);
  });
});

describe('hreflang and the language switcher', () => {
  const languages = [...LOCALES.map((l) => dictionary(l).meta.lang), 'x-default'].sort();
  const alternates = (url: string) =>
    new Map(page(url).root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]));
  /** Pages with no one counterpart: the bilingual 404, A–Z letter pages and redirects of renamed entries. */
  const exempt = (url: string) => url === '/404.html' || isAz(splitLocale(url, LOCALES).path) || page(url).html.includes('http-equiv="refresh"');

  it('every page names itself and its version in each language, plus x-default, and each names it back', () => {
    const problems: string[] = [];
    for (const p of pages().filter((p) => !exempt(p.url))) {
      const links = alternates(p.url);
      if ([...links.keys()].sort().join() !== languages.join()) problems.push(`${p.url}: hreflang ${[...links.keys()].join(', ') || 'none'}`);
      if (links.get(langOf(p.url)) !== p.url) problems.push(`${p.url}: its own hreflang is ${links.get(langOf(p.url))}`);
      if (links.get('x-default') !== links.get(dictionary(DEFAULT_LOCALE).meta.lang)) problems.push(`${p.url}: x-default is not the English page`);
      for (const [lang, href] of links) {
        if (!fileFor(href)) problems.push(`${p.url}: hreflang ${lang} → ${href}, not built`);
        else if (lang !== 'x-default' && alternates(href).get(langOf(p.url)) !== p.url) problems.push(`${p.url}: ${href} does not name it back`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the language switcher links each page to its versions, named in their own language', () => {
    const problems: string[] = [];
    for (const p of pages().filter((p) => !exempt(p.url))) {
      const links = alternates(p.url);
      for (const a of p.root.querySelectorAll('header a[hreflang]')) {
        const lang = a.getAttribute('hreflang')!;
        if (a.getAttribute('href') !== links.get(lang)) problems.push(`${p.url}: switcher to ${lang} → ${a.getAttribute('href')}, hreflang ${links.get(lang)}`);
        if (a.getAttribute('lang') !== lang) problems.push(`${p.url}: switcher to ${lang} not marked lang="${lang}"`);
      }
      if (p.root.querySelectorAll('header a[hreflang]').length !== LOCALES.length - 1) problems.push(`${p.url}: switcher has ${p.root.querySelectorAll('header a[hreflang]').length} links`);
    }
    expect(problems).toEqual([]);
  });
});
