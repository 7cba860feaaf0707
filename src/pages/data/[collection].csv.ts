import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_LOCALES, getSite, getTranslations } from '../../data.ts';
import { DEFAULT_LOCALE } from '../../lib/urls.ts';
import { CSV_COLUMNS, csvColumns, csvRows, toCsv, type CsvCollection } from '../../lib/dataset.ts';

export const getStaticPaths = (() => Object.keys(CSV_COLUMNS).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CsvCollection;
  const { entries } = await getSite(DEFAULT_LOCALE);
  const rows = csvRows(entries, collection, await getTranslations());
  return new Response(toCsv(csvColumns(collection, SITE_LOCALES), rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
