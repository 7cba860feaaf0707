import type { APIRoute } from 'astro';
import { getHistory, getSite, getTranslations } from '../../data.ts';
import { DEFAULT_LOCALE } from '../../lib/urls.ts';
import { newestChange } from '../../lib/history.ts';
import { toDataset } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getSite(DEFAULT_LOCALE);
  const body = JSON.stringify(toDataset(entries, newestChange(getHistory().files), await getTranslations()), null, 1);
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
