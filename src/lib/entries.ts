/** Small readers over entries of any collection, shared by lists, search meta and data exports. */
import type { AnyEntry } from './relations.ts';

/** The date that places an entry in time: an event's date, a treaty's signature. */
export function entryDate(entry: AnyEntry): string | undefined {
  if (entry.collection === 'events') return entry.data.date;
  if (entry.collection === 'treaties') return entry.data.signed;
  if (entry.collection === 'countries') return entry.data.relationsEstablished ?? entry.data.recognised;
  if (entry.collection === 'organizations') return entry.data.since;
  return undefined;
}

/**
 * The site's one wording for a missing value: a fact the sources do not give, and a list they
 * leave empty. Both say "in the sources", because the sources' silence is not the world's.
 * Tables say "not stated" and "none named" and explain the words under the table.
 */
export const NOT_STATED = 'Not stated in the sources';
export const NONE_NAMED = 'None named in the sources';

/** The sources a set of entries cites, each with how many of the entries cite it, most cited first. */
export function sourceCounts(entries: readonly AnyEntry[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.collection === 'sources') continue;
    for (const id of new Set(entry.data.sources.map((c) => c.source.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** How many editorial notes of each kind, as the lead of an entry says it: "1 correction of a source and 2 places where sources disagree". */
export function notesSummary(notes: readonly { kind: 'correction' | 'disagreement' }[]): string {
  const plural = new Intl.PluralRules('en');
  const words = {
    correction: { one: 'correction of a source', other: 'corrections of sources' },
    disagreement: { one: 'place where sources disagree', other: 'places where sources disagree' },
  } as const;
  return (['correction', 'disagreement'] as const)
    .map((kind) => [kind, notes.filter((n) => n.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${words[kind][plural.select(n) === 'one' ? 'one' : 'other']}`)
    .join(' and ');
}

/** A treaty's kind and scope as one phrase: "treaty, bilateral"; an unstated scope says so. */
export function treatyKind(data: { kind: string; scope: string }): string {
  return data.scope === 'not stated' ? `${data.kind} (the sources do not say whether bilateral)` : `${data.kind}, ${data.scope}`;
}

/** The plural name of a collection, as a section heading reads it. */
export const SECTION_LABEL = {
  sources: 'Sources',
  countries: 'Relations',
  treaties: 'Treaties',
  organizations: 'Organizations',
  priorities: 'Priorities',
  events: 'Events',
} as const;
