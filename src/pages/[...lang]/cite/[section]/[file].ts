/** The citation files of every entry page: /cite/<section>/<id>.bib, .ris and .json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { historyOf, inEveryLocale } from '../../../../data.ts';
import type { Locale } from '../../../../lib/i18n.ts';
import { DOWNLOADS, citedPage, cslItem, type DownloadFormat } from '../../../../lib/citation.ts';
import { allEntries, type AnyEntry } from '../../../../lib/relations.ts';
import { SECTION, entryUrl } from '../../../../lib/urls.ts';

export const getStaticPaths = (async () =>
  inEveryLocale(({ entries, locale }) =>
    allEntries(entries)
      .filter((entry) => entry.collection !== 'sources')
      .flatMap((entry) => Object.keys(DOWNLOADS).map((format) => ({ params: { section: SECTION[entry.collection], file: `${entry.id}.${format}` }, props: { entry, format, locale } }))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, format, locale } = props as { entry: AnyEntry; format: DownloadFormat; locale: Locale };
  const item = cslItem(citedPage(entry, new URL(entryUrl(entry.collection, entry.id, locale), site).href, historyOf(entry)));
  return new Response(DOWNLOADS[format].format(item), { headers: { 'content-type': `${DOWNLOADS[format].type}; charset=utf-8` } });
};
