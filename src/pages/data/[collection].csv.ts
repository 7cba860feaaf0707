import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data.ts';
import { DEFAULT_LOCALE } from '../../lib/urls.ts';
import { CSV_COLUMNS, csvRows, toCsv, type CsvCollection } from '../../lib/dataset.ts';

export const getStaticPaths = (() => Object.keys(CSV_COLUMNS).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CsvCollection;
  const { entries } = await getSite(DEFAULT_LOCALE);
  return new Response(toCsv(CSV_COLUMNS[collection], csvRows(entries, collection)), { headers: { 'content-type': 'text/csv' } });
};
