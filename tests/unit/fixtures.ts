/** Minimal typed entries for unit tests of the lib modules (only the fields they read). */
import type { AnyEntry } from '../../src/lib/relations.ts';

const citation = [{ source: { collection: 'sources', id: 's' }, locator: 'p. 1' }];
const ref = (collection: string, id: string) => ({ collection, id });

export function country(id: string, title: string, priorities: string[] = []): AnyEntry {
  return {
    id,
    collection: 'countries',
    data: { title, summary: '', sources: citation, notes: [], priorities: priorities.map((p) => ref('priorities', p)) },
  } as unknown as AnyEntry;
}

export function treaty(id: string, title: string, signed: string | undefined, countries: string[], establishes?: string): AnyEntry {
  return {
    id,
    collection: 'treaties',
    data: {
      title,
      summary: '',
      signed,
      sources: citation,
      notes: [{ kind: 'correction', text: 'x', sources: [{ source: ref('sources', 't'), locator: 'q' }] }],
      parties: { countries: countries.map((c) => ref('countries', c)), organizations: [] },
      establishes: establishes ? ref('organizations', establishes) : undefined,
      priorities: [],
    },
  } as unknown as AnyEntry;
}

export function organization(id: string, title: string, members: string[] = []): AnyEntry {
  return {
    id,
    collection: 'organizations',
    data: { title, summary: '', sources: citation, notes: [], members: members.map((c) => ref('countries', c)), treaties: [], priorities: [] },
  } as unknown as AnyEntry;
}

export function priority(id: string, title: string, order: number, countries: string[] = []): AnyEntry {
  return {
    id,
    collection: 'priorities',
    data: { title, order, summary: '', sources: citation, notes: [], countries: countries.map((c) => ref('countries', c)), organizations: [], treaties: [] },
  } as unknown as AnyEntry;
}

export function event(id: string, title: string, date: string, links: { countries?: string[]; treaties?: string[] } = {}): AnyEntry {
  return {
    id,
    collection: 'events',
    data: {
      title,
      date,
      summary: '',
      sources: citation,
      notes: [],
      countries: (links.countries ?? []).map((c) => ref('countries', c)),
      organizations: [],
      treaties: (links.treaties ?? []).map((t) => ref('treaties', t)),
    },
  } as unknown as AnyEntry;
}

export function source(id: string, title: string, order: number): AnyEntry {
  return { id, collection: 'sources', data: { title, order } } as unknown as AnyEntry;
}
