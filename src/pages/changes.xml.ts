/** The change feed (RSS 2.0): new entries, new editorial notes and changed entries. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite, historyOf } from '../data.ts';
import { SITE_NAME, standaloneTitle } from '../lib/citation.ts';
import { feedItems } from '../lib/feed.ts';
import { allEntries } from '../lib/relations.ts';
import { entryUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { entries } = await getSite();
  const pages = allEntries(entries).map((entry) => ({
    title: standaloneTitle(entry),
    url: new URL(entryUrl(entry.collection, entry.id), site).href,
    history: historyOf(entry),
  }));
  return rss({
    title: `Changes · ${SITE_NAME}`,
    description: 'New entries, new correction and disagreement notes, and changed entries of the reference on Kyrgyzstan’s foreign policy.',
    site: site!,
    items: feedItems(pages).map(({ guid, ...item }) => ({ ...item, customData: `<guid isPermaLink="false">${guid}</guid>` })),
  });
};
