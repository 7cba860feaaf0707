/** Timeline grouping: events by decade and year, in date order. */
import type { CollectionEntry } from 'astro:content';
import { decadeOf, yearOf } from './dates.ts';
import { groupBy } from './group.ts';
import { sortEntries } from './relations.ts';
import { localePath, slugify } from './urls.ts';
import type { Locale } from './i18n.ts';

type Event = CollectionEntry<'events'>;
export type EventKind = Event['data']['kind'];

export interface Decade {
  decade: number;
  /** Anchor id, e.g. "decade-1990s", the same in every language. */
  anchor: string;
  years: { year: number; events: Event[] }[];
}

/** Groups events into decades and years, both in chronological order. */
export function groupTimeline(events: readonly Event[]): Decade[] {
  const sorted = sortEntries(events);
  return [...groupBy(sorted, (e) => decadeOf(e.data.date))].map(([decade, list]) => ({
    decade,
    anchor: `decade-${decade}s`,
    years: [...groupBy(list, (e) => yearOf(e.data.date))].map(([year, events]) => ({ year, events })),
  }));
}

/** The timeline page that shows one kind of event: `/timeline/type/diplomatic-relations/`, `/ru/timeline/type/treaty/`. */
export function kindUrl(kind: string, locale: Locale): string {
  return localePath(locale, `/timeline/type/${slugify(kind)}/`);
}

/** How many events there are of each kind. */
export function countKinds(events: readonly Event[]): Map<EventKind, number> {
  return new Map([...groupBy(events, (e) => e.data.kind)].map(([kind, list]) => [kind, list.length]));
}
