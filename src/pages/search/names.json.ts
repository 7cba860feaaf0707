/**
 * /search/names.json: every page that a name can find (title, acronym, official and short
 * names, aliases) with its badge, date and regions. The search script ranks pages named by
 * the query first and offers "did you mean" for misspelt names from this list.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../data.ts';
import { nameList } from '../../lib/search.ts';

export const GET: APIRoute = async () => {
  const { entries, index } = await getSite();
  return new Response(JSON.stringify(nameList(entries, index)), { headers: { 'content-type': 'application/json' } });
};
