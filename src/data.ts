/**
 * Loads every collection once per build and shares the result between pages, with the
 * backlink index built from it.
 */
import { relative, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { buildIndex, sortEntries, type AnyEntry, type Entries, type SiteIndex } from './lib/relations.ts';
import { readGitHistory, type FileHistory, type History } from './lib/history.ts';
import { contentRoot } from './lib/paths.ts';

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

let history: History | undefined;

/** The git history of the content folder, read once per build; warns when it is missing or partial. */
export function getHistory(): History {
  if (!history) {
    history = readGitHistory(contentRoot());
    if (history.warning) console.warn(`[history] ${history.warning}`);
  }
  return history;
}

/** The history of one entry's file; undefined where this copy of the site has none. */
export function historyOf(entry: AnyEntry): FileHistory | undefined {
  return entry.filePath ? getHistory().files.get(relative(contentRoot(), resolve(entry.filePath))) : undefined;
}
