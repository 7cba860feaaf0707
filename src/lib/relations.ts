/**
 * Links between entries. Each link is stored once, on one side (a treaty lists its parties,
 * an event its countries…); this module builds the reverse side once, so that a country page
 * can list its treaties and a treaty page its parties without filtering inside loops.
 */
import type { CollectionEntry } from 'astro:content';
import { comparePartialDates } from './dates.ts';
import type { CollectionName } from './schema.ts';

export type AnyEntry = CollectionEntry<CollectionName>;
/** Every collection's entries, as returned by getCollection. */
export type Entries = { [K in CollectionName]: CollectionEntry<K>[] };

/** A reference as Astro resolves it: `{ collection, id }`. */
export interface Ref {
  collection: string;
  id: string;
}

const keyOf = (ref: Ref) => `${ref.collection}/${ref.id}`;

/** The links an entry stores in its own frontmatter (citations aside). */
export function outgoingRefs(entry: AnyEntry): Ref[] {
  switch (entry.collection) {
    case 'countries':
      return entry.data.priorities;
    case 'treaties': {
      const { parties, establishes, priorities } = entry.data;
      return [...parties.countries, ...parties.organizations, ...(establishes ? [establishes] : []), ...priorities];
    }
    case 'organizations':
      return [...entry.data.members, ...entry.data.treaties, ...entry.data.priorities];
    case 'priorities':
    case 'events':
      return [...entry.data.countries, ...entry.data.organizations, ...entry.data.treaties];
    default:
      return [];
  }
}

/**
 * The natural order of each collection: names A–Z in the language of the titles (an Intl
 * locale), treaties and events by date, priorities by rank.
 */
export function compareEntries(a: AnyEntry, b: AnyEntry, collation = 'en'): number {
  const byTitle = a.data.title.localeCompare(b.data.title, collation);
  if (a.collection === 'priorities' && b.collection === 'priorities') return a.data.order - b.data.order;
  if (a.collection === 'sources' && b.collection === 'sources') return a.data.order - b.data.order;
  if (a.collection === 'events' && b.collection === 'events') {
    return comparePartialDates(a.data.date, b.data.date) || byTitle;
  }
  if (a.collection === 'treaties' && b.collection === 'treaties') {
    const [x, y] = [a.data.signed ?? '9999', b.data.signed ?? '9999'];
    return comparePartialDates(x, y) || byTitle;
  }
  return byTitle;
}

/** Sorts entries of one collection in their natural order (returns a new array). */
export function sortEntries<T extends AnyEntry>(entries: readonly T[], collation = 'en'): T[] {
  return [...entries].sort((a, b) => compareEntries(a, b, collation));
}

export interface SiteIndex {
  /** The entry behind a reference; throws if it does not exist (the integrity check prevents that). */
  get<K extends CollectionName>(ref: { collection: K; id: string }): CollectionEntry<K>;
  /** Entries of `collection` linked to `entry` in either direction, in natural order. */
  related<K extends CollectionName>(entry: AnyEntry, collection: K): CollectionEntry<K>[];
  /** Entries that cite a source, in their own entries or in their notes. */
  citing(sourceId: string): AnyEntry[];
}

/** Every entry of every collection, in one list. */
export function allEntries(entries: Entries): AnyEntry[] {
  return Object.values(entries).flat() as AnyEntry[];
}

/** Builds the lookup maps once for the whole site; lists come sorted in `collation`'s order. */
export function buildIndex(entries: Entries, collation = 'en'): SiteIndex {
  const all = allEntries(entries);
  const byKey = new Map(all.map((entry) => [keyOf(entry), entry]));
  const links = new Map<string, Set<string>>(all.map((entry) => [keyOf(entry), new Set<string>()]));
  const citations = new Map<string, Set<string>>();

  for (const entry of all) {
    const from = keyOf(entry);
    for (const ref of outgoingRefs(entry)) {
      const to = keyOf(ref);
      links.get(from)!.add(to);
      links.get(to)?.add(from);
    }
    if (entry.collection === 'sources') continue;
    const cited = [...entry.data.sources, ...entry.data.notes.flatMap((note) => note.sources)];
    for (const { source } of cited) {
      if (!citations.has(source.id)) citations.set(source.id, new Set());
      citations.get(source.id)!.add(from);
    }
  }

  const resolve = (keys: Iterable<string>) => [...keys].map((key) => byKey.get(key)).filter((e) => e !== undefined);

  return {
    get(ref) {
      const entry = byKey.get(keyOf(ref));
      if (!entry) throw new Error(`No entry ${keyOf(ref)}`);
      return entry as CollectionEntry<typeof ref.collection>;
    },
    related(entry, collection) {
      const found = resolve(links.get(keyOf(entry)) ?? []).filter((e) => e.collection === collection);
      return sortEntries(found, collation) as CollectionEntry<typeof collection>[];
    },
    citing(sourceId) {
      const found = resolve(citations.get(sourceId) ?? []);
      return found.sort((a, b) => a.collection.localeCompare(b.collection) || compareEntries(a, b, collation));
    },
  };
}

/** Every editorial note on the site with the entry it belongs to, corrections first. */
export function allNotes(entries: Entries) {
  const notes = allEntries(entries).flatMap((entry) =>
    entry.collection === 'sources' ? [] : entry.data.notes.map((note) => ({ entry, note })),
  );
  const rank = { correction: 0, disagreement: 1 };
  return notes.sort((a, b) => rank[a.note.kind] - rank[b.note.kind] || compareEntries(a.entry, b.entry));
}
