/**
 * Old URLs of renamed entries. An entry keeps the ids it had in `formerIds`; each becomes a
 * redirect page at the old URL and a 301 rule in `_redirects` (read by Netlify, Cloudflare
 * Pages and others), so links and citations made before the rename keep working.
 */
import type { AnyEntry } from './relations.ts';
import { entryUrl } from './urls.ts';
import type { Locale } from './i18n.ts';

export interface Redirect {
  from: string;
  to: string;
  /** The entry's file, for error messages. */
  file: string;
}

/** Every redirect from the entries' formerIds, in each of the site's languages. */
export function redirectsOf(entries: readonly AnyEntry[], locales: readonly Locale[]): Redirect[] {
  return locales.flatMap((locale) =>
    entries.flatMap((entry) =>
      ((entry.data as { formerIds?: string[] }).formerIds ?? []).map((id) => ({
        from: entryUrl(entry.collection, id, locale),
        to: entryUrl(entry.collection, entry.id, locale),
        file: entry.filePath ?? entry.id,
      })),
    ),
  );
}

/**
 * Former ids that would take over a live page or that two entries both claim, as problems
 * naming the file and field (reported by the content check); an empty list when all is well.
 */
export function redirectProblems(redirects: readonly Redirect[], liveUrls: ReadonlySet<string>): { file: string; field: string; message: string }[] {
  const seen = new Map<string, string>();
  const problems: { file: string; field: string; message: string }[] = [];
  for (const r of redirects) {
    const problem = (message: string) => problems.push({ file: r.file, field: 'formerIds', message });
    if (liveUrls.has(r.from)) problem(`${r.from} is the address of an entry; a former id must not be in use`);
    const other = seen.get(r.from);
    if (other) problem(`${r.from} is also a former id in ${other}`);
    seen.set(r.from, r.file);
  }
  return problems;
}

/** The `_redirects` file: one permanent (301) rule per old URL. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}
