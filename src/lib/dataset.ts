/**
 * The open dataset: every collection as plain JSON (references as ids, dates as ISO partial
 * dates, sources per entry) and flat CSV tables for the four main collections. One dataset
 * holds every language: the facts once, and each translation's names and summary beside the
 * English ones (`title_ru` in a CSV, `translations.ru.title` in the JSON).
 */
import type { Locale } from './i18n.ts';
import type { AnyEntry, Entries } from './relations.ts';
import { DEFAULT_LOCALE, entryUrl } from './urls.ts';

/** The entries of the site in the languages other than the default, each already localized. */
export type Translations = ReadonlyMap<Locale, Entries>;

/** The names and summary a translation gives an entry: the fields the dataset carries per language. */
export const TRANSLATED_FIELDS = ['title', 'shortTitle', 'officialName', 'acronym', 'titleTranslated', 'summary', 'aliases', 'covers'] as const;

/** Each translated entry by collection and id, for looking up a default-language entry's translation. */
function byId(entries: Entries): Map<string, AnyEntry> {
  return new Map(Object.values(entries).flatMap((list: AnyEntry[]) => list.map((e) => [`${e.collection}/${e.id}`, e] as const)));
}

/** The translated fields of one entry, as in its data. */
function translatedFields(entry: AnyEntry): Record<string, Json> {
  const data = entry.data as Record<string, unknown>;
  return Object.fromEntries(TRANSLATED_FIELDS.filter((f) => data[f] !== undefined).map((f) => [f, plain(data[f])]));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces Astro references ({collection, id}) by their ids, recursively. */
function plain(value: unknown): Json {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) return record.id;
    return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
  }
  return value as Json;
}

/** One entry as a dataset record: id, URL path and its frontmatter. */
export function toRecord(entry: AnyEntry): Record<string, Json> {
  return { id: entry.id, url: entryUrl(entry.collection, entry.id, DEFAULT_LOCALE), ...(plain(entry.data) as Record<string, Json>) };
}

/**
 * The whole dataset, keyed by collection. `version` is the date of the newest change to the
 * content (not the build date, which says nothing about the data); null without history.
 */
export function toDataset(entries: Entries, version: string | undefined, translations: Translations): Record<string, Json> {
  const indexes = [...translations].map(([locale, translated]) => [locale, byId(translated)] as const);
  const record = (entry: AnyEntry): Record<string, Json> => {
    const key = `${entry.collection}/${entry.id}`;
    const localized = indexes.filter(([, index]) => index.has(key)).map(([locale, index]) => [locale, translatedFields(index.get(key)!)]);
    return { ...toRecord(entry), ...(localized.length > 0 && { translations: Object.fromEntries(localized) }) };
  };
  const collections = Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, (list as AnyEntry[]).map(record)]));
  return { version: version ?? null, licence: 'See /data/ for attribution of the five sources.', ...collections };
}

/** Quotes one CSV field per RFC 4180. */
function field(value: unknown): string {
  const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Serialises rows as CSV with a header line; list values are joined with "; ". */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join('\r\n') + '\r\n';
}

/** The CSV tables: collection → columns in the default language (nested fields flattened by hand where needed). */
export const CSV_COLUMNS = {
  countries: ['id', 'url', 'title', 'officialName', 'iso2', 'iso3', 'region', 'recognised', 'relationsEstablished', 'aliases', 'priorities', 'summary', 'sources'],
  treaties: ['id', 'url', 'title', 'shortTitle', 'kind', 'scope', 'signed', 'place', 'kyrgyzstanParty', 'partyCountries', 'partyOrganizations', 'establishes', 'summary', 'sources'],
  organizations: ['id', 'url', 'title', 'acronym', 'kind', 'role', 'since', 'members', 'treaties', 'summary', 'sources'],
  events: ['id', 'url', 'date', 'title', 'kind', 'countries', 'organizations', 'treaties', 'summary', 'sources'],
} as const;

export type CsvCollection = keyof typeof CSV_COLUMNS;

/** A column in another language: "title", "ru" → "title_ru". */
export function localizedColumn(column: string, locale: Locale): string {
  return `${column}_${locale}`;
}

/**
 * Every column of a CSV table: the default language's, then for each other language the
 * columns a translation gives (names, aliases and summary), e.g. `title_ru`, `summary_ru`.
 */
export function csvColumns(collection: CsvCollection, locales: readonly Locale[]): string[] {
  const base: readonly string[] = CSV_COLUMNS[collection];
  const translated = base.filter((c) => (TRANSLATED_FIELDS as readonly string[]).includes(c));
  return [...base, ...locales.filter((l) => l !== DEFAULT_LOCALE).flatMap((l) => translated.map((c) => localizedColumn(c, l)))];
}

/** The CSV rows of one collection, with each translation's fields in their own columns. */
export function csvRows(entries: Entries, collection: CsvCollection, translations: Translations): Record<string, unknown>[] {
  const indexes = [...translations].map(([locale, translated]) => [locale, byId(translated)] as const);
  return (entries[collection] as AnyEntry[]).map((entry) => {
    const record = toRecord(entry) as Record<string, any>;
    const sources = (record.sources as { source: string }[]).map((c) => c.source);
    const parties = record.parties as { countries: string[]; organizations: string[] } | undefined;
    const localized = indexes.flatMap(([locale, index]) => {
      const translated = index.get(`${entry.collection}/${entry.id}`);
      return translated ? Object.entries(translatedFields(translated)).map(([field, value]) => [localizedColumn(field, locale), value]) : [];
    });
    return { ...record, sources: [...new Set(sources)], partyCountries: parties?.countries, partyOrganizations: parties?.organizations, ...Object.fromEntries(localized) };
  });
}
