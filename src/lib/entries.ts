/** Small readers over entries of any collection, shared by lists, search meta and data exports. */
import type { AnyEntry } from './relations.ts';
import { DEFAULT_LOCALE, dictionary, listOf, plural, type Locale } from './i18n.ts';


/** The date that places an entry in time: an event's date, a treaty's signature. */
export function entryDate(entry: AnyEntry): string | undefined {
  if (entry.collection === 'events') return entry.data.date;
  if (entry.collection === 'treaties') return entry.data.signed;
  if (entry.collection === 'countries') return entry.data.relationsEstablished ?? entry.data.recognised;
  if (entry.collection === 'organizations') return entry.data.since;
  return undefined;
}

/** The sources a set of entries cites, each with how many of the entries cite it, most cited first. */
export function sourceCounts(entries: readonly AnyEntry[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.collection === 'sources') continue;
    for (const id of new Set(entry.data.sources.map((c) => c.source.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/**
 * How many editorial notes of each kind, as the lead of an entry says it: "1 correction of a
 * source and 2 places where sources disagree", "1 исправление источника и 2 места, где
 * источники расходятся"; empty without notes.
 */
export function notesSummary(notes: readonly { kind: 'correction' | 'disagreement' }[], locale: Locale): string {
  const words = dictionary(locale).entry.notesCount;
  const counts = (['correction', 'disagreement'] as const)
    .map((kind) => [kind, notes.filter((n) => n.kind === kind).length] as const)
    .filter(([, n]) => n > 0);
  return listOf(locale, counts.map(([kind, n]) => plural(locale, n, words[kind])));
}

/**
 * A treaty's kind and scope as one phrase in a language: "treaty, bilateral", "двусторонний
 * договор"; an unstated scope says so.
 */
export function treatyKind(data: { kind: string; scope: string }, locale: Locale = DEFAULT_LOCALE): string {
  return dictionary(locale).site.values.treatyKind(data.kind, data.scope);
}
