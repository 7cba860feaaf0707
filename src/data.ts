/**
 * Loads every collection once per build and shares the result between pages, with the
 * backlink index built from it.
 */
import { getCollection } from 'astro:content';
import { buildIndex, sortEntries, type Entries, type SiteIndex } from './lib/relations.ts';

export interface Site {
  entries: Entries;
  index: SiteIndex;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [sources, countries, treaties, organizations, priorities, events] = await Promise.all([
    getCollection('sources'),
    getCollection('countries'),
    getCollection('treaties'),
    getCollection('organizations'),
    getCollection('priorities'),
    getCollection('events'),
  ]);
  const entries: Entries = {
    sources: sortEntries(sources),
    countries: sortEntries(countries),
    treaties: sortEntries(treaties),
    organizations: sortEntries(organizations),
    priorities: sortEntries(priorities),
    events: sortEntries(events),
  };
  return { entries, index: buildIndex(entries) };
}

/** The whole site's content, sorted, with its index. */
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
