/**
 * Citations of the site's own pages, made at build time with citation-js: APA, Chicago and MLA
 * text, BibTeX, RIS and CSL-JSON files, and the title a page should carry when it is shared.
 *
 * citation-js is the maintained converter that Zotero-like tools share (CSL through citeproc-js).
 * Only its core and the CSL, BibTeX and RIS plugins are loaded: the core fetches nothing unless
 * given a URL or DOI as input, and the plugins that do (DOI, Wikidata) are not installed. The
 * three text styles are short CSL styles written for the two item types cited here, the site's
 * pages and its dataset (./csl/): no maintained npm package ships the official Chicago and MLA
 * styles, and the full APA style the CSL plugin ships takes about 20 ms a page.
 *
 * Even these short styles cost citeproc-js a third of a millisecond per citation, three per page,
 * more than anything else in a page. A page's citation has one fixed shape, so it is filled in
 * here from the item, with citeproc-js's own title-casing, whenever its title and URL hold only
 * characters that citeproc-js passes through unchanged (letters, digits, spaces, dashes, commas,
 * brackets, inner full stops and colons); any other item is formatted by citeproc-js itself.
 * tests/unit/citation.test.ts checks that both give the same text.
 */
import { plugins } from '@citation-js/core';
import CSL from 'citeproc';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-webpage.csl?raw';
import mla from './csl/mla-webpage.csl?raw';
import type { FileHistory } from './history.ts';
import type { AnyEntry } from './relations.ts';

/** The site's name, as pages, citations and metadata give it. */
export const SITE_NAME = 'Kyrgyzstan Foreign Policy Reference';

/** The language citations are formatted in. */
const LANG = 'en-US';

const styles = plugins.config.get('@csl').styles;
styles.add('kfp-apa', apa);
styles.add('kfp-chicago', chicago);
styles.add('kfp-mla', mla);

/** The text styles offered, in the order the cite block shows them. */
export const TEXT_STYLES = [
  { id: 'apa', template: 'kfp-apa', label: 'APA (7th ed.)' },
  { id: 'chicago', template: 'kfp-chicago', label: 'Chicago (17th ed.)' },
  { id: 'mla', template: 'kfp-mla', label: 'MLA (9th ed.)' },
] as const;

/**
 * A title that stands on its own when shared or cited: a relation page is about Kyrgyzstan and
 * a country, so "China" becomes "Kyrgyzstan–China relations"; other titles already stand alone.
 */
export function standaloneTitle(entry: Pick<AnyEntry, 'collection' | 'data'>): string {
  return entry.collection === 'countries' ? `Kyrgyzstan–${entry.data.title} relations` : entry.data.title;
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
  title: string;
  summary: string;
  /** Absolute URL. */
  url: string;
  /** Undefined where the copy of the site has no history: then no date is claimed. */
  version?: Version;
}

/** What to cite for an entry page at an absolute URL, dated by the newest change in its history. */
export function citedPage(entry: AnyEntry, url: string, history: FileHistory | undefined): CitedPage {
  const last = history?.changes[0];
  return {
    key: `${entry.collection}-${entry.id}`,
    title: standaloneTitle(entry),
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
    type: 'webpage',
    title: page.title,
    'container-title': SITE_NAME,
    URL: page.url,
    abstract: page.summary,
    language: 'en',
    ...(page.version && {
      issued: { 'date-parts': [page.version.date.split('-').map(Number)] },
      version: page.version.rev,
      note: `Version ${page.version.rev}`,
    }),
  };
}

/** One bibliography entry as HTML (italics kept), in a text style of TEXT_STYLES. */
export function citationHtml(item: CslItem, template: string): string {
  return filledIn(item, template) ?? citeprocHtml(item, template);
}

/** The entry as citeproc-js formats it. */
export function citeprocHtml(item: CslItem, template: string): string {
  const html: string = plugins.output.format('bibliography', [item], { format: 'html', template, lang: LANG });
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
    const engine = plugins.config.get('@csl').engine([], 'kfp-chicago', LANG, 'html');
    titleCaser = (text) => CSL.Output.Formatters.title(engine, text);
  }
  lastTitle = [title, titleCaser(title)];
  return lastTitle[1];
}

/** The entry of a page item filled into its style's shape, or undefined where only citeproc-js will do. */
export function filledIn(item: CslItem, template: string): string | undefined {
  const { title, URL: url, version } = item;
  const container = item['container-title'];
  const parts = (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];
  if (container !== SITE_NAME || !PLAIN_TITLE.test(title) || !PLAIN_URL.test(url)) return undefined;
  if (parts && (parts.length !== 3 || typeof version !== 'string' || !PLAIN_VERSION.test(version))) return undefined;
  const [year, month, day] = parts ?? [];
  switch (template) {
    case 'kfp-apa':
      return `<i>${title}</i>. (${parts ? `${year}, ${MONTHS[month - 1]} ${day}` : 'n.d.'}). ${container}. ${url}`;
    case 'kfp-chicago':
      return `“${titleCase(title)}.” ${container}. ${parts ? `Last modified ${MONTHS[month - 1]} ${day}, ${year}, revision ${version}. ` : ''}${url}.`;
    case 'kfp-mla':
      return `“${titleCase(title)}.” <i>${container}</i>, ${parts ? `version ${version}, ${day} ${SHORT_MONTHS[month - 1]} ${year}, ` : ''}${url}.`;
  }
  return undefined;
}

/** One bibliography entry as plain text, for JSON metadata (APA unless another template is named). */
export function citationText(item: CslItem | Record<string, unknown>, template = 'kfp-apa'): string {
  return (plugins.output.format('bibliography', [item], { format: 'text', template, lang: LANG }) as string).trim();
}

/** The open dataset as a CSL item, versioned by the date of the newest change to the content. */
export function datasetItem(url: string, version: string | undefined): Record<string, unknown> {
  return {
    id: 'kfp-dataset',
    type: 'dataset',
    title: `Open data of the ${SITE_NAME}`,
    author: [{ literal: SITE_NAME }],
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
