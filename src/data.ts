/**
 * Loads every collection once per build and shares the result between pages, with the
 * backlink index built from it.
 */
import { relative, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { buildIndex, sortEntries, type AnyEntry, type Entries, type SiteIndex } from './lib/relations.ts';
import { newestChange, readGitHistory, type FileHistory, type History } from './lib/history.ts';
import { citationText, datasetItem } from './lib/citation.ts';
import type { DatasetInfo } from './lib/datapackage.ts';
import { entryUrl } from './lib/urls.ts';
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

/** What the open data's descriptions need: its page, version, citation and sources. */
export async function getDatasetInfo(site: URL): Promise<DatasetInfo> {
  const { entries } = await getSite();
  const url = new URL('/data/', site).href;
  const version = newestChange(getHistory().files);
  return {
    url,
    version,
    citation: citationText(datasetItem(url, version)),
    sources: entries.sources.map((s) => ({ title: s.data.title, url: new URL(entryUrl('sources', s.id), site).href })),
  };
}
