/**
 * The citation files of every entry page: /cite/<section>/<id>.bib, .ris and .json.
 *
 * A build would write thousands of them, and Astro's work per route costs more than making the
 * file, so a build renders one bundle per language (citation-files.json.ts), which
 * src/integrations/citation-files.ts splits into the files. Under `astro dev` each file is
 * served by its own route ([section]/[id].<format>.ts), which a build leaves out.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { historyOf, inEveryLocale } from '../../../data.ts';
import type { Locale } from '../../../lib/i18n.ts';
import { DOWNLOADS, citedPage, cslItem, type CslItem, type DownloadFormat } from '../../../lib/citation.ts';
import { allEntries, type AnyEntry, type Entries } from '../../../lib/relations.ts';
import { SECTION, citationFileUrl, entryUrl } from '../../../lib/urls.ts';

/** The entries of a language that have citation files: every entry page but the sources'. */
const citedEntries = (entries: Entries): AnyEntry[] => allEntries(entries).filter((entry) => entry.collection !== 'sources');

/** What every citation file of an entry page says, as a CSL item. */
function citationItem(entry: AnyEntry, locale: Locale, site: URL | undefined): CslItem {
  return cslItem(citedPage(entry, new URL(entryUrl(entry.collection, entry.id, locale), site).href, historyOf(entry)));
}

interface Route {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
}

/** The route of one format's files, for `astro dev` only. */
export function fileRoute(format: DownloadFormat): Route {
  return {
    getStaticPaths: () =>
      import.meta.env.DEV
        ? inEveryLocale(({ entries, locale }) => citedEntries(entries).map((entry) => ({ params: { section: SECTION[entry.collection], id: entry.id }, props: { entry, locale } })))
        : [],
    GET: ({ props, site }) => {
      const { entry, locale } = props as { entry: AnyEntry; locale: Locale };
      return new Response(DOWNLOADS[format].format(citationItem(entry, locale, site)), { headers: { 'content-type': `${DOWNLOADS[format].type}; charset=utf-8` } });
    },
  };
}

/** The route of each language's bundle of files: URL → text. */
export const bundleRoute: Route = {
  getStaticPaths: () => inEveryLocale(({ entries, locale }) => [{ params: {}, props: { entries: citedEntries(entries), locale } }]),
  GET: ({ props, site }) => {
    const { entries, locale } = props as { entries: AnyEntry[]; locale: Locale };
    const formats = Object.keys(DOWNLOADS) as DownloadFormat[];
    const files = entries.flatMap((entry) => {
      const item = citationItem(entry, locale, site);
      return formats.map((format) => [citationFileUrl(entry.collection, entry.id, format, locale), DOWNLOADS[format].format(item)]);
    });
    return new Response(JSON.stringify(Object.fromEntries(files)), { headers: { 'content-type': 'application/json' } });
  },
};
