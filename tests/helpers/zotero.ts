/**
 * Reads a page's <head> the way Zotero's "Embedded Metadata" translator does (reduced to the
 * fields and item types this site can produce), to check what a reference manager would save.
 *
 * The translator: Highwire `citation_*` tags map to fields; `citation_journal_title` and the
 * like force an item type, while `citation_title` alone only makes "journalArticle" the
 * fallback. Tags with a known namespace prefix (DC., DCTERMS., og:) become RDF statements,
 * and the RDF importer picks the type from them first: og:type "website" means a web page,
 * "article" only a guess at a journal article. The site name comes from og:site_name.
 */
import type { HTMLElement } from 'node-html-parser';

export interface ZoteroItem {
  itemType: string;
  title?: string;
  date?: string;
  url?: string;
  websiteTitle?: string;
  language?: string;
}

const PREFIXES = new Set(['dc', 'dcterms', 'og', 'bib', 'bibo', 'prism', 'eprints', 'z', 'so']);
const FORCED: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};
const OG_TYPES: Record<string, string> = { website: 'webpage', book: 'book', 'video.movie': 'videoRecording', 'music.song': 'audioRecording' };

export function zoteroItem(root: HTMLElement): ZoteroItem {
  const highwire = new Map<string, string>();
  const rdf = new Map<string, string>();
  let hwType: string | undefined;
  let hwGuess: string | undefined;
  for (const meta of root.querySelectorAll('head meta')) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property');
    const value = meta.getAttribute('content');
    if (!name || !value) continue;
    const [prefix] = name.split(/[.:_]/);
    if (PREFIXES.has(prefix.toLowerCase())) {
      const key = `${prefix.toLowerCase()}:${name.slice(prefix.length + 1).replace(/^./, (c) => c.toLowerCase())}`;
      if (!rdf.has(key)) rdf.set(key, value);
    } else if (name.includes('citation_')) {
      const tag = name.slice(name.lastIndexOf('citation_'));
      if (!highwire.has(tag)) highwire.set(tag, value);
      hwType = FORCED[tag] ?? hwType;
      if (tag === 'citation_title' || tag === 'citation_series_title') hwGuess ??= 'journalArticle';
    }
  }
  const ogType = rdf.get('og:type');
  const dcType = (rdf.get('dc:type') ?? rdf.get('dcterms:type'))?.toLowerCase().replace(/\s/g, '');
  const itemType = rdf.size
    ? hwType ?? OG_TYPES[ogType ?? ''] ?? (dcType === 'webpage' ? 'webpage' : undefined) ?? hwGuess ?? 'webpage'
    : hwType ?? hwGuess ?? 'webpage';
  return {
    itemType,
    title: highwire.get('citation_title') ?? rdf.get('dc:title') ?? rdf.get('dcterms:title') ?? rdf.get('og:title'),
    date: highwire.get('citation_date') ?? highwire.get('citation_publication_date') ?? rdf.get('dc:date') ?? rdf.get('dcterms:modified'),
    url: highwire.get('citation_public_url') ?? root.querySelector('head link[rel="canonical"]')?.getAttribute('href'),
    websiteTitle: rdf.get('dc:source') ?? rdf.get('og:site_name'),
    language: highwire.get('citation_language') ?? rdf.get('dc:language'),
  };
}
