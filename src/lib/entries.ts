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

/** A treaty's kind and scope as one phrase: "treaty, bilateral"; an unstated scope says so. */
export function treatyKind(data: { kind: string; scope: string }): string {
  return data.scope === 'not stated' ? `${data.kind} (the sources do not say whether bilateral)` : `${data.kind}, ${data.scope}`;
}

/** The singular name of an entry's type, as shown on badges and in search filters. */
export const TYPE_LABEL = {
  sources: 'source',
  countries: 'relation',
  treaties: 'treaty',
  organizations: 'organization',
  priorities: 'priority',
  events: 'event',
} as const;

/** The plural name of a collection, as a section heading reads it. */
export const SECTION_LABEL = {
  sources: 'Sources',
  countries: 'Relations',
  treaties: 'Treaties',
  organizations: 'Organizations',
  priorities: 'Priorities',
  events: 'Events',
} as const;
