/** Reading the built site in dist/ (or DIST_DIR) for build tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** Every file under a directory, as absolute paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The URL path a file in dist/ is served at: dist/relations/china/index.html → /relations/china/. */
export function urlOf(file: string): string {
  const path = '/' + relative(DIST, file).split(sep).join('/');
  return path.replace(/index\.html$/, '');
}

/** The file in dist/ that serves a URL path, or undefined. */
export function fileFor(url: string): string | undefined {
  const path = decodeURI(url.split('#')[0].split('?')[0]);
  const candidates = path.endsWith('/') ? [join(DIST, path, 'index.html')] : [join(DIST, path)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface Page {
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

let cache: Page[] | undefined;

/** Every HTML page of the built site, parsed once. */
export function pages(): Page[] {
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !relative(DIST, f).startsWith('pagefind'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { url: urlOf(file), file, html, root: parse(html) };
    });
  return cache;
}

/** One page by URL; throws if it was not built. */
export function page(url: string): Page {
  const found = pages().find((p) => p.url === url);
  if (!found) throw new Error(`No page built at ${url}`);
  return found;
}
