/**
 * Loads every collection once per build and shares the result between pages, with the
 * backlink index built from it, in each language of the site.
 */
import { relative, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildIndex, sortEntries, type AnyEntry, type Entries, type SiteIndex } from './lib/relations.ts';
import { newestChange, readGitHistory, translatedHistory, type FileHistory, type History } from './lib/history.ts';
import { citationText, datasetItem } from './lib/citation.ts';
import type { DatasetInfo } from './lib/datapackage.ts';
import { DEFAULT_LOCALE, entryUrl, langParam } from './lib/urls.ts';
import { builtLocales, dictionary, type Locale } from './lib/i18n.ts';
import { localizeData } from './lib/localize.ts';
import { contentRoot } from './lib/paths.ts';

export interface Site {
  locale: Locale;
  entries: Entries;
  index: SiteIndex;
}

type Translation = CollectionEntry<'translations'>;

/** Each localized entry's translation, whose body a page renders, and its English entry. */
const translationOf = new WeakMap<AnyEntry, Translation>();
const englishOf = new WeakMap<AnyEntry, AnyEntry>();

async function loadEnglish(): Promise<Entries> {
  const [sources, countries, treaties, organizations, priorities, events] = await Promise.all([
    getCollection('sources'),
    getCollection('countries'),
    getCollection('treaties'),
    getCollection('organizations'),
    getCollection('priorities'),
    getCollection('events'),
  ]);
  return { sources, countries, treaties, organizations, priorities, events };
}

/** The English entries with each one's translation into `locale` laid over it. */
async function translate(english: Entries, locale: Locale): Promise<Entries> {
  const translations = new Map((await getCollection('translations', (t) => t.id.startsWith(`${locale}/`))).map((t) => [t.id, t]));
  const each = <T extends AnyEntry>(list: T[]): T[] =>
    list.map((entry) => {
      const translation = translations.get(`${locale}/${entry.collection}/${entry.id}`);
      // The content check has made sure every entry has its translation once the folder exists.
      if (!translation) throw new Error(`No ${locale} translation of ${entry.collection}/${entry.id}`);
      const localized = { ...entry, data: localizeData(entry.data, translation.data, dictionary(locale).meta.intl) };
      translationOf.set(localized, translation);
      englishOf.set(localized, entry);
      return localized;
    });
  return eachCollection(english, each);
}

/** The same change to every collection's list. */
function eachCollection(entries: Entries, change: <T extends AnyEntry>(list: T[]) => T[]): Entries {
  return Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, change(list as AnyEntry[])])) as unknown as Entries;
}

async function load(locale: Locale): Promise<Site> {
  const english = await loadEnglish();
  const raw = locale === DEFAULT_LOCALE ? english : await translate(english, locale);
  const collation = dictionary(locale).meta.intl;
  const entries = eachCollection(raw, (list) => sortEntries(list, collation));
  return { locale, entries, index: buildIndex(entries, collation) };
}

const sites = new Map<Locale, Promise<Site>>();

/** The whole site's content in one language, sorted, with its index; loaded once per build. */
export function getSite(locale: Locale): Promise<Site> {
  if (!sites.has(locale)) sites.set(locale, load(locale));
  return sites.get(locale)!;
}

/** The languages this build has pages in. */
export const SITE_LOCALES = builtLocales(contentRoot());

/**
 * Static paths for a page in every language of the build: `make` lists one language's paths
 * without the `lang` param, which is added here (none for the default language).
 */
export async function inEveryLocale<P extends Record<string, string | undefined>, T>(
  make: (site: Site) => { params: P; props?: T }[] | Promise<{ params: P; props?: T }[]>,
) {
  const paths = await Promise.all(
    SITE_LOCALES.map(async (locale) => (await make(await getSite(locale))).map((p) => ({ ...p, params: { ...p.params, lang: langParam(locale) } }))),
  );
  return paths.flat();
}

/** What `render()` takes for an entry: its translation where the entry is one, else itself. */
export function renderable(entry: AnyEntry): AnyEntry | Translation {
  return translationOf.get(entry) ?? entry;
}

/** The English entry behind a localized one (the entry itself in English). */
export function englishEntry<T extends AnyEntry>(entry: T): T {
  return (englishOf.get(entry) as T | undefined) ?? entry;
}

/**
 * An organization's acronym in its entry's own language, or nothing: a translation without an
 * acronym of its own keeps the English one ("World Bank"), and a short form that is words of
 * the title ("World Bank", "Anti-terrorist coalition") is no acronym and says nothing new.
 */
export function ownAcronym(entry: CollectionEntry<'organizations'>): string | undefined {
  const { acronym, title } = entry.data;
  const english = englishEntry(entry);
  const own = english === entry || acronym !== english.data.acronym;
  const words = (text: string) => ` ${text.toLowerCase().split(/\s+/).join(' ')} `;
  return own && !words(title).includes(words(acronym)) ? acronym : undefined;
}

let history: History | undefined;

/** The git history of the content folder, read once per build; warns when it is missing or partial. */
export function getHistory(): History {
  if (!history) {
    history = readGitHistory(contentRoot());
    if (history.warning) console.warn(`[history] ${history.warning}`);
  }
  return history;
}

/** The history of one content file; undefined where this copy of the site has none. */
function fileHistory(filePath: string | undefined): FileHistory | undefined {
  return filePath ? getHistory().files.get(relative(contentRoot(), resolve(filePath))) : undefined;
}

/** The history of an entry's page: its file's, or for a translated page its two files' together. */
export function historyOf(entry: AnyEntry): FileHistory | undefined {
  const translation = translationOf.get(entry);
  return translation ? translatedHistory(fileHistory(entry.filePath), fileHistory(translation.filePath)) : fileHistory(entry.filePath);
}

/** What the open data's descriptions need: its page, version, citation and sources. */
export async function getDatasetInfo(site: URL): Promise<DatasetInfo> {
  const { entries } = await getSite(DEFAULT_LOCALE);
  const url = new URL('/data/', site).href;
  const version = newestChange(getHistory().files);
  return {
    url,
    version,
    locales: SITE_LOCALES,
    citation: citationText(datasetItem(url, version)),
    sources: entries.sources.map((s) => ({ title: s.data.title, url: new URL(entryUrl('sources', s.id, DEFAULT_LOCALE), site).href })),
  };
}

/** The site's entries in each language but the default, for the open data (one dataset for all). */
export async function getTranslations(): Promise<Map<Locale, Entries>> {
  const locales = SITE_LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  return new Map(await Promise.all(locales.map(async (l) => [l, (await getSite(l)).entries] as const)));
}
