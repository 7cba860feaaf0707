/**
 * dist/_redirects: a 301 rule for each old URL of a renamed entry, for hosts that read the
 * file (Netlify, Cloudflare Pages). A dynamic route because Astro skips page files named with
 * a leading underscore.
 */
import type { APIRoute } from 'astro';
import { SITE_LOCALES, getSite } from '../data.ts';
import { DEFAULT_LOCALE } from '../lib/urls.ts';
import { redirectsFile, redirectsOf } from '../lib/redirects.ts';
import { allEntries } from '../lib/relations.ts';

export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

export const GET: APIRoute = async () => {
  const { entries } = await getSite(DEFAULT_LOCALE);
  return new Response(redirectsFile(redirectsOf(allEntries(entries), SITE_LOCALES)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
