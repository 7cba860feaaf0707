/** The change feed (RSS 2.0) of one language: new entries, new editorial notes and changed entries. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite, historyOf, inEveryLocale } from '../../data.ts';
import { dictionary, type Locale } from '../../lib/i18n.ts';
import { standaloneTitle } from '../../lib/citation.ts';
import { feedItems } from '../../lib/feed.ts';
import { allEntries } from '../../lib/relations.ts';
import { entryUrl, localePath } from '../../lib/urls.ts';

export const getStaticPaths = () => inEveryLocale(({ locale }) => [{ params: {}, props: { locale } }]);

export const GET: APIRoute = async ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const t = dictionary(locale);
  const { entries } = await getSite(locale);
  const pages = allEntries(entries).map((entry) => ({
    title: standaloneTitle(entry, locale),
    url: new URL(entryUrl(entry.collection, entry.id, locale), site).href,
    history: historyOf(entry),
  }));
  return rss({
    title: t.cite.feed.title(t.site.name),
    description: t.cite.feed.description,
    site: new URL(localePath(locale, '/'), site).href,
    customData: `<language>${t.meta.lang}</language>`,
    items: feedItems(pages, locale).map(({ guid, ...item }) => ({ ...item, customData: `<guid isPermaLink="false">${guid}</guid>` })),
  });
};
