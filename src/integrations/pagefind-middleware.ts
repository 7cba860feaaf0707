/**
 * During `astro build`, hands each rendered HTML page to the search index (pagefind-feed.ts).
 * Other responses (feeds, JSON, citation files) and `astro dev` pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { FEED_KEY, type PageFeed } from './pagefind-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const feed = (globalThis as Record<symbol, PageFeed | undefined>)[FEED_KEY];
  if (!feed) return next();
  const place = feed.reserve();
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    feed.fill(place, null);
    throw error;
  }
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    feed.fill(place, null);
    return response;
  }
  const html = await response.text();
  feed.fill(place, { url: context.url.pathname, html });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
