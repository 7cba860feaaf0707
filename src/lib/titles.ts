/** The text of a page's `<title>`: short enough for a tab, a search result and a bookmark. */

/** Longest `<title>` (html-validate's `long-title`); longer ones are cut off by search engines. */
export const MAX_TITLE = 70;

/**
 * "China · Site name" when that fits; otherwise the page's own title alone, and if even that is
 * too long, cut at a word boundary with an ellipsis. The full name stays the page's h1.
 */
export function pageTitle(rawTitle: string, siteName: string, max = MAX_TITLE): string {
  // Typographic quotes: straight ones are escaped as &quot; and would count six characters each.
  const title = rawTitle.replace(/"([^"]*)"/g, '“$1”');
  const full = `${title} · ${siteName}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
