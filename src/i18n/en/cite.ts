/** Citing: the cite block, citation styles, downloads, feeds and metadata. */
import type { Change, NoteKind } from '../../lib/history.ts';

const NOTE_KIND: Record<NoteKind, string> = { correction: 'Correction', disagreement: 'Disagreement' };

export default {
  heading: 'Cite this page',
  /** Before the date and revision of the page's last change. */
  thisVersion: 'This version:',
  revision: 'revision',
  noHistory: 'This copy of the site does not record when the page last changed: cite it with the date you read it.',
  /** The text styles offered on a page of this language, in order (ids of TEXT_STYLES). */
  styles: ['apa', 'chicago', 'mla'],
  styleLabel: { gost: 'GOST R 7.0.100-2018', apa: 'APA (7th ed.)', chicago: 'Chicago (17th ed.)', mla: 'MLA (9th ed.)' },
  copy: 'Copy',
  copyLabel: (style: string) => `Copy the ${style} citation`,
  copied: 'Copied',
  selectText: 'Select the text',
  copiedStatus: 'Citation copied',
  copyFailed: 'Could not copy: select the text instead',
  downloads: 'Download for a reference manager:',
  /** A relation page's title as it stands alone (shared, cited): it is about Kyrgyzstan and a country. */
  relationTitle: (country: string) => `Kyrgyzstan–${country} relations`,
  /** What a priority page is about, for search engines (schema.org `about`). */
  priorityAbout: 'Foreign policy of Kyrgyzstan',
  feed: {
    title: (site: string) => `Changes · ${site}`,
    description: 'New entries, new correction and disagreement notes, and changed entries of the reference on Kyrgyzstan’s foreign policy.',
    added: (title: string) => `New: ${title}`,
    changed: (title: string) => `Changed: ${title}`,
    /** A change that added editorial notes, by their kinds (one or both). */
    notesAdded: (kinds: readonly NoteKind[], title: string) =>
      `${kinds.length > 1 ? 'Correction and disagreement notes' : `${NOTE_KIND[kinds[0]]} note`} added: ${title}`,
    /**
     * The item text, given the change's formatted date and its description from the history
     * (its commit's `Change:` trailer where it has one: written in English).
     */
    describe: (_change: Change, _date: string, described: string) => described,
  },
};
