/**
 * The open dataset: every collection as plain JSON (references as ids, dates as ISO partial
 * dates, sources per entry) and flat CSV tables for the four main collections.
 */
import type { AnyEntry, Entries } from './relations.ts';
import { DEFAULT_LOCALE, entryUrl } from './urls.ts';

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
export function toDataset(entries: Entries, version: string | undefined): Record<string, Json> {
  const collections = Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, (list as AnyEntry[]).map(toRecord)]));
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

/** The CSV tables: collection → columns (nested fields flattened by hand where needed). */
export const CSV_COLUMNS = {
  countries: ['id', 'url', 'title', 'officialName', 'iso2', 'iso3', 'region', 'recognised', 'relationsEstablished', 'aliases', 'priorities', 'sources'],
  treaties: ['id', 'url', 'title', 'shortTitle', 'kind', 'scope', 'signed', 'place', 'kyrgyzstanParty', 'partyCountries', 'partyOrganizations', 'establishes', 'sources'],
  organizations: ['id', 'url', 'title', 'acronym', 'kind', 'role', 'since', 'members', 'treaties', 'sources'],
  events: ['id', 'url', 'date', 'title', 'kind', 'countries', 'organizations', 'treaties', 'sources'],
} as const;

export type CsvCollection = keyof typeof CSV_COLUMNS;

/** The CSV rows of one collection. */
export function csvRows(entries: Entries, collection: CsvCollection): Record<string, unknown>[] {
  return (entries[collection] as AnyEntry[]).map((entry) => {
    const record = toRecord(entry) as Record<string, any>;
    const sources = (record.sources as { source: string }[]).map((c) => c.source);
    const parties = record.parties as { countries: string[]; organizations: string[] } | undefined;
    return { ...record, sources: [...new Set(sources)], partyCountries: parties?.countries, partyOrganizations: parties?.organizations };
  });
}
