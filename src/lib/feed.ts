/**
 * The items of the change feed: one per change to an entry's file (new entry, new editorial
 * note, or other change), newest first, each linking to the entry's page.
 */
import { describeChange, type FileHistory } from './history.ts';

/** An entry page and its history. */
export interface PageChanges {
  title: string;
  /** Absolute URL of the page. */
  url: string;
  history: FileHistory | undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** A unique id per change, since several changes link to the same page. */
  guid: string;
}

/** The newest `limit` changes of all pages, newest first (ties by title). */
export function feedItems(pages: readonly PageChanges[], limit = 100): FeedItem[] {
  const items = pages.flatMap((page) =>
    (page.history?.changes ?? []).map((change) => ({
      title: change.kind === 'added' ? `New: ${page.title}` : change.notesAdded > 0 ? `Note added: ${page.title}` : `Changed: ${page.title}`,
      link: page.url,
      pubDate: new Date(`${change.date}T00:00:00Z`),
      description: describeChange(change, 300),
      guid: `${page.url}#${change.rev}`,
    })),
  );
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title)).slice(0, limit);
}
