/**
 * /search/strings.json (and /ru/search/strings.json): what the search client says, in one
 * language, with what it needs to say it (the Intl locale for counts and dates, the search
 * page's URL). The client fetches the file of its page's language while the index loads, so
 * the script stays one for every language and carries no dictionary.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale } from '../../../data.ts';
import { dictionary } from '../../../lib/i18n.ts';
import { localePath } from '../../../lib/urls.ts';
import type { Locale } from '../../../lib/i18n.ts';
import type { SearchStrings } from '../../../scripts/search-strings.ts';

export const getStaticPaths = (() => inEveryLocale(({ locale }) => [{ params: {}, props: { locale } }])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as { locale: Locale };
  const t = dictionary(locale);
  const strings: SearchStrings = { ...t.search.client, locale, intl: t.meta.intl, searchUrl: localePath(locale, '/search/') };
  return new Response(JSON.stringify(strings), { headers: { 'content-type': 'application/json' } });
};
