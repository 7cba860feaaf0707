/** The Frictionless Data Package descriptor of the open data. */
import type { APIRoute } from 'astro';
import { getDatasetInfo } from '../../data.ts';
import { dataPackage } from '../../lib/datapackage.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(await getDatasetInfo(site!)), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
