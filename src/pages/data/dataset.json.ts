import type { APIRoute } from 'astro';
import { getSite } from '../../data.ts';
import { toDataset } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getSite();
  const body = JSON.stringify(toDataset(entries, new Date().toISOString().slice(0, 10)), null, 1);
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
