/**
 * dist/_headers: the security headers of src/lib/csp.ts for hosts that read the file (Netlify,
 * Cloudflare Pages). A dynamic route because Astro skips page files named with a leading
 * underscore.
 */
import type { APIRoute } from 'astro';
import { headersFile } from '../lib/csp.ts';

export const getStaticPaths = () => [{ params: { headers: '_headers' } }];

export const GET: APIRoute = () => new Response(headersFile(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
