/**
 * The old URLs of renamed entries (their `formerIds`), read straight from the content files for
 * the sitemap, which is configured before Astro loads the collections: a redirect page must not
 * be listed there as if it were a page of its own. Only files that mention formerIds are parsed.
 */
import { readContent } from './integrity.ts';
import { readFrontmatter } from './frontmatter.ts';
import { COLLECTIONS, type CollectionName } from './schema.ts';
import { entryUrl } from './urls.ts';
import { LOCALES } from './i18n.ts';

/** The paths of every redirect page in every language ("/relations/kazakstan/", "/ru/relations/kazakstan/"); empty where the folder cannot be read. */
export function movedUrls(root: string): Set<string> {
  const urls = new Set<string>();
  let files;
  try {
    files = readContent(root);
  } catch {
    return urls; // the content check reports the folder
  }
  for (const file of files) {
    if (file.lang || !file.text?.includes('formerIds') || !(COLLECTIONS as readonly string[]).includes(file.collection)) continue;
    const front = readFrontmatter(file.text);
    const ids = 'data' in front ? front.data.formerIds : undefined;
    if (!Array.isArray(ids)) continue;
    for (const locale of LOCALES) for (const id of ids) urls.add(entryUrl(file.collection as CollectionName, String(id), locale));
  }
  return urls;
}
