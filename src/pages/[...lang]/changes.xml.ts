/** The change feed (RSS 2.0): new entries, new editorial notes and changed entries. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite, historyOf, inEveryLocale } from '../../data.ts';
import type { Locale } from '../../lib/i18n.ts';
import { SITE_NAME, standaloneTitle } from '../../lib/citation.ts';
import { feedItems } from '../../lib/feed.ts';
import { allEntries } from '../../lib/relations.ts';
import { entryUrl } from '../../lib/urls.ts';

export const getStaticPaths = () => inEveryLocale(({ locale }) => [{ params: {}, props: { locale } }]);

export const GET: APIRoute = async ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const { entries } = await getSite(locale);
  const pages = allEntries(entries).map((entry) => ({
    title: standaloneTitle(entry),
    url: new URL(entryUrl(entry.collection, entry.id, locale), site).href,
    history: historyOf(entry),
  }));
  return rss({
    title: `Changes · ${SITE_NAME}`,
    description: 'New entries, new correction and disagreement notes, and changed entries of the reference on Kyrgyzstan’s foreign policy.',
    site: site!,
    items: feedItems(pages).map(({ guid, ...item }) => ({ ...item, customData: `<guid isPermaLink="false">${guid}</guid>` })),
  });
};
