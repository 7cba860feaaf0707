/**
 * /search/names/<key>.json (and /ru/search/names/…): the words of one language's names that
 * begin with one letter (see nameShards). The search script of a page in that language loads
 * one of them to correct a misspelt name, so that it only suggests names its index has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inEveryLocale } from '../../../../data.ts';
import { nameShards } from '../../../../lib/search-records.ts';

export const getStaticPaths = (() =>
  inEveryLocale(({ entries }) => [...nameShards(entries)].map(([key, words]) => ({ params: { key }, props: { words } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.words), { headers: { 'content-type': 'application/json' } });
