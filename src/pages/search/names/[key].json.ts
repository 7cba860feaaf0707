/**
 * /search/names/<key>.json: the words of the site's names that begin with one letter (see
 * nameShards). The search script loads one of them to correct a misspelt name.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data.ts';
import { DEFAULT_LOCALE } from '../../../lib/urls.ts';
import { nameShards } from '../../../lib/search-records.ts';

export const getStaticPaths = (async () => {
  const { entries } = await getSite(DEFAULT_LOCALE);
  return [...nameShards(entries)].map(([key, words]) => ({ params: { key }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.words), { headers: { 'content-type': 'application/json' } });
