/**
 * The committed list of every URL the site has published (published-urls.txt). Once a URL is
 * in the list it stays there: a build must keep serving it, or redirect it (see redirects.ts).
 * `npm run urls:update` adds the URLs of a new build; nothing removes one.
 */
import { LOCALES } from './i18n.ts';
import { splitLocale } from './urls.ts';

/**
 * Files that are addresses people link to: pages, the open data, and the citation files and
 * feed of each language (`/ru/cite/…`, `/ru/changes.xml`).
 */
export function isPublishedUrl(url: string): boolean {
  if (url === '/404.html') return false;
  if (url.endsWith('/')) return true;
  const { path } = splitLocale(url, LOCALES);
  return /^\/(data|cite)\//.test(path) || path === '/changes.xml';
}

/** The URLs in the list file: one per line; blank lines and # comments are ignored. */
export function parseUrlList(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

/** The list file's text: a header saying how to update it, then the URLs, sorted. */
export function formatUrlList(urls: Iterable<string>): string {
  const header = '# Every URL this site has published. Keep serving each, or redirect it (formerIds).\n# Add the URLs of a new build with `npm run build && npm run urls:update`; never remove one.\n';
  return header + [...new Set(urls)].sort().join('\n') + '\n';
}

/** Listed URLs that a build neither serves nor redirects. */
export function lostUrls(listed: readonly string[], served: ReadonlySet<string>, redirected: ReadonlySet<string>): string[] {
  return listed.filter((url) => !served.has(url) && !redirected.has(url));
}
