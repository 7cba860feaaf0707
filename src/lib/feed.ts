/**
 * The items of a change feed: one per change to an entry's file (new entry, new editorial
 * note, or other change), newest first, each linking to the entry's page, worded in the
 * feed's language.
 */
import { describeChange, type Change, type FileHistory } from './history.ts';
import { dictionary, type Locale } from './i18n.ts';
import { formatPartialDate } from './dates.ts';

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

/** The title of one change's item: a new page, new notes (by kind), or a change. */
function itemTitle(change: Change, title: string, locale: Locale): string {
  const words = dictionary(locale).cite.feed;
  if (change.kind === 'added') return words.added(title);
  const kinds = [...new Set(change.notesAdded)].sort();
  return kinds.length > 0 ? words.notesAdded(kinds, title) : words.changed(title);
}

/** The newest `limit` changes of all pages in a language, newest first (ties by title). */
export function feedItems(pages: readonly PageChanges[], locale: Locale, limit = 100): FeedItem[] {
  const { cite, meta } = dictionary(locale);
  const items = pages.flatMap((page) =>
    (page.history?.changes ?? []).map((change) => ({
      title: itemTitle(change, page.title, locale),
      link: page.url,
      pubDate: new Date(`${change.date}T00:00:00Z`),
      description: cite.feed.describe(change, formatPartialDate(change.date, meta.intl), describeChange(change, 300)),
      guid: `${page.url}#${change.rev}`,
    })),
  );
  const collator = new Intl.Collator(meta.intl);
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || collator.compare(a.title, b.title)).slice(0, limit);
}
