/**
 * Citations of the site's own pages, made at build time with citation-js: APA, Chicago and MLA
 * text (and ГОСТ Р 7.0.100-2018 where the page's language offers it), BibTeX, RIS and CSL-JSON
 * files, and the title a page should carry when it is shared, each in the page's language.
 *
 * citation-js is the maintained converter that Zotero-like tools share (CSL through citeproc-js).
 * Only its core and the CSL, BibTeX and RIS plugins are loaded: the core fetches nothing unless
 * given a URL or DOI as input, and the plugins that do (DOI, Wikidata) are not installed. The
 * text styles are short CSL styles written for the two item types cited here, the site's
 * pages and its dataset (./csl/): no maintained npm package ships the official Chicago and MLA
 * styles, the full APA style the CSL plugin ships takes about 20 ms a page, and the CSL
 * repository has no style for ГОСТ Р 7.0.100-2018.
 *
 * Even these short styles cost citeproc-js a third of a millisecond per citation, several per page,
 * more than anything else in a page. An English page's citation has one fixed shape, so it is
 * filled in here from the item, with citeproc-js's own title-casing, whenever its title and URL
 * hold only characters that citeproc-js passes through unchanged (letters, digits, spaces,
 * dashes, commas, brackets, inner full stops and colons); any other item is formatted by
 * citeproc-js itself. tests/unit/citation.test.ts checks that both give the same text.
 */
import { plugins } from '@citation-js/core';
import CSL from 'citeproc';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-webpage.csl?raw';
import mla from './csl/mla-webpage.csl?raw';
import gost from './csl/gost-webpage.csl?raw';
import type { FileHistory } from './history.ts';
import { DEFAULT_LOCALE, LOCALES, dictionary, type Locale } from './i18n.ts';
import type { AnyEntry } from './relations.ts';
import { splitLocale } from './urls.ts';

/**
 * The language citeproc formats in: its words for months and "n.d.". The styles cited in
 * English use them; the ГОСТ style spells every word out itself.
 */
const CSL_LOCALE = 'en-US';

const styles = plugins.config.get('@csl').styles;
styles.add('kfp-apa', apa);
styles.add('kfp-chicago', chicago);
styles.add('kfp-mla', mla);
styles.add('kfp-gost', gost);

// BibTeX in UTF-8: the plugin's ASCII-only output drops every letter it has no LaTeX command
// for, which is all of Cyrillic (a Russian title became "{\\u }:"). Biber, Zotero and JabRef
// read UTF-8, and the files are served as UTF-8.
plugins.config.get('@bibtex').format.asciiOnly = false;

/**
 * Every text style, by id: its CSL template and the language its words are in (a citation
 * follows the style, whatever the page's language; a Russian page's APA is English with the
 * Russian title). Which styles a page offers, in what order, is up to its dictionary.
 */
export const TEXT_STYLES = {
  gost: { template: 'kfp-gost', lang: 'ru' },
  apa: { template: 'kfp-apa', lang: 'en' },
  chicago: { template: 'kfp-chicago', lang: 'en' },
  mla: { template: 'kfp-mla', lang: 'en' },
} as const;

export type TextStyle = keyof typeof TEXT_STYLES;

/**
 * A title that stands on its own when shared or cited: a relation page is about Kyrgyzstan and
 * a country, so "China" becomes "Kyrgyzstan–China relations"; other titles already stand alone.
 */
export function standaloneTitle(entry: Pick<AnyEntry, 'collection' | 'data'>, locale: Locale): string {
  return entry.collection === 'countries' ? dictionary(locale).cite.relationTitle(entry.data.title) : entry.data.title;
}

/** The version of a page: the date and short revision id of its file's last change. */
export interface Version {
  date: string;
  rev: string;
}

/** What a citation needs to know about one page. */
export interface CitedPage {
  /** A stable key, e.g. "relations-china". */
  key: string;
  /** The page's language. */
  locale: Locale;
  title: string;
  summary: string;
  /** Absolute URL. */
  url: string;
  /** Undefined where the copy of the site has no history: then no date is claimed. */
  version?: Version;
}

/**
 * What to cite for an entry page at an absolute URL, dated by the newest change in its history.
 * The page's language is the one its URL is in (`entry` is already in that language).
 */
export function citedPage(entry: AnyEntry, url: string, history: FileHistory | undefined): CitedPage {
  const last = history?.changes[0];
  const { locale } = splitLocale(new URL(url).pathname, LOCALES);
  return {
    key: `${entry.collection}-${entry.id}`,
    locale,
    title: standaloneTitle(entry, locale),
    summary: 'summary' in entry.data ? entry.data.summary : '',
    url,
    version: last && { date: last.date, rev: last.rev },
  };
}

/** A CSL-JSON item (the fields used here). */
export type CslItem = Record<string, unknown> & { id: string; type: 'webpage'; title: string; URL: string };

/** The page as a CSL-JSON item: a web page of the site, dated by its last change. */
export function cslItem(page: CitedPage): CslItem {
  return {
    id: page.key,
    // The BibTeX key, the same in every language: the plugin makes one from the title's first
    // ASCII word, and a Russian title has none ("2026undefined").
    'citation-key': page.key.replace(/-(.)/g, (_, c: string) => c.toUpperCase()) + (page.version?.date.slice(0, 4) ?? ''),
    type: 'webpage',
    title: page.title,
    'container-title': dictionary(page.locale).site.name,
    URL: page.url,
    abstract: page.summary,
    language: dictionary(page.locale).meta.lang,
    ...(page.version && {
      issued: { 'date-parts': [page.version.date.split('-').map(Number)] },
      version: page.version.rev,
      note: `Version ${page.version.rev}`,
    }),
  };
}

/** One bibliography entry as HTML (italics kept), in a text style of TEXT_STYLES. */
export function citationHtml(item: CslItem, style: TextStyle): string {
  return filledIn(item, style) ?? citeprocHtml(item, style);
}

/** The entry as citeproc-js formats it. */
export function citeprocHtml(item: CslItem, style: TextStyle): string {
  const html: string = plugins.output.format('bibliography', [item], { format: 'html', template: TEXT_STYLES[style].template, lang: CSL_LOCALE });
  return /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)![1].trim();
}

// Text that citeproc-js neither escapes, nor quotes, nor merges with the punctuation around it.
const PLAIN_TITLE = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N} ,.:()–—-]*[\p{L}\p{M}\p{N})])?$/u;
const PLAIN_URL = /^https?:\/\/[\w.:-]+\/[\w/.~-]*$/;
const PLAIN_VERSION = /^[\w-]+$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** citeproc-js's title case ("text-case=title"), with the locale's stop words, from its engine. */
let titleCaser: ((title: string) => string) | undefined;
// Chicago and MLA both title-case the same title, one after the other.
let lastTitle: [string, string] = ['', ''];
function titleCase(title: string): string {
  if (lastTitle[0] === title) return lastTitle[1];
  if (!titleCaser) {
    const engine = plugins.config.get('@csl').engine([], TEXT_STYLES.chicago.template, CSL_LOCALE, 'html');
    titleCaser = (text) => CSL.Output.Formatters.title(engine, text);
  }
  lastTitle = [title, titleCaser(title)];
  return lastTitle[1];
}

/**
 * The entry of an English page's item filled into its style's shape, or undefined where only
 * citeproc-js will do (other languages, whose titles citeproc-js does not title-case, included).
 */
export function filledIn(item: CslItem, style: TextStyle): string | undefined {
  const { title, URL: url, version } = item;
  const container = item['container-title'];
  const english = dictionary(DEFAULT_LOCALE);
  const parts = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];
  if (item.language !== english.meta.lang || container !== english.site.name || !PLAIN_TITLE.test(title) || !PLAIN_URL.test(url)) return undefined;
  if (parts && (parts.length !== 3 || typeof version !== 'string' || !PLAIN_VERSION.test(version))) return undefined;
  const [year, month, day] = parts ?? [];
  switch (style) {
    case 'apa':
      return `<i>${title}</i>. (${parts ? `${year}, ${MONTHS[month - 1]} ${day}` : 'n.d.'}). ${container}. ${url}`;
    case 'chicago':
      return `“${titleCase(title)}.” ${container}. ${parts ? `Last modified ${MONTHS[month - 1]} ${day}, ${year}, revision ${version}. ` : ''}${url}.`;
    case 'mla':
      return `“${titleCase(title)}.” <i>${container}</i>, ${parts ? `version ${version}, ${day} ${SHORT_MONTHS[month - 1]} ${year}, ` : ''}${url}.`;
  }
  return undefined;
}

/** One bibliography entry as plain text, for JSON metadata (APA unless another style is named). */
export function citationText(item: CslItem | Record<string, unknown>, style: TextStyle = 'apa'): string {
  return (plugins.output.format('bibliography', [item], { format: 'text', template: TEXT_STYLES[style].template, lang: CSL_LOCALE }) as string).trim();
}

/**
 * The open dataset as a CSL item, versioned by the date of the newest change to the content.
 * One dataset holds every language; it is described in the default one.
 */
export function datasetItem(url: string, version: string | undefined): Record<string, unknown> {
  const name = dictionary(DEFAULT_LOCALE).site.name;
  return {
    id: 'kfp-dataset',
    type: 'dataset',
    title: `Open data of the ${name}`,
    author: [{ literal: name }],
    URL: url,
    ...(version && { issued: { 'date-parts': [version.split('-').map(Number)] }, version }),
  };
}

/** The downloadable formats: file extension → label, media type and serialiser. */
export const DOWNLOADS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex', format: (item: CslItem): string => plugins.output.format('bibtex', [item]) },
  ris: { label: 'RIS', type: 'application/x-research-info-systems', format: (item: CslItem): string => plugins.output.format('ris', [item]) },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', format: (item: CslItem): string => `${JSON.stringify([item], null, 2)}\n` },
} as const;

export type DownloadFormat = keyof typeof DOWNLOADS;
