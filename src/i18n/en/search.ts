/** Search: the header box, the search page, A–Z pages and the messages of the search client. */
import type { PluralForms } from '../../lib/i18n.ts';

export default {
  /** The header search box. */
  box: { label: 'Search the site', placeholder: 'Search treaties, countries…', submit: 'Search', landmark: 'Site' },
  /** /search/ itself. */
  page: {
    title: 'Search',
    description: 'Search every priority, treaty, organization, relation and event.',
    landmark: 'Search and filter entries',
    label: 'Search for a treaty, country, organization or priority',
    filters: 'Filter and sort',
    more: 'Show more results',
    noScript: 'Search results need JavaScript, which is off in this browser. Find an entry by its title A–Z instead.',
    az: 'All entries A–Z',
  },
  /** The filters and sort of /search/: labels, and the "any" choice of each. */
  filter: {
    type: { label: 'Type', any: 'All types' },
    region: { label: 'Region', any: 'All regions' },
    decade: { label: 'Decade', any: 'All decades' },
    sort: { label: 'Sort', relevance: 'Best match', 'date-asc': 'Date, oldest first', 'date-desc': 'Date, newest first' },
  },
  /** A decade as a filter value names it: 1990 → "1990s". Values are in the index's language. */
  decade: (start: number) => `${start}s`,
  /** The badge of the home page, which Kyrgyzstan's own names find. */
  overview: 'overview',
  /** The A–Z pages of entries, for readers without JavaScript. */
  az: {
    nav: 'Entries A–Z',
    title: (letter: string) => `Entries A–Z: ${letter}`,
    part: (page: number, of: number) => ` (${page} of ${of})`,
    description: (letter: string) => `Every entry whose title begins with ${letter}.`,
    pages: (letter: string) => `Pages of ${letter}`,
    previous: 'Previous page',
    next: 'Next page',
    search: 'Search',
  },
  /**
   * What the search client says, sent to the browser as /search/strings.json in each language
   * (the client cannot import a dictionary). Plain strings only; {q}, {n} and {count} are filled
   * in the browser, counts with `result` in the plural form Intl.PluralRules picks.
   */
  client: {
    /** The badge of a result that is not an entry (an index page, /about/). */
    page: 'page',
    result: { one: 'result', other: 'results' } as PluralForms,
    datedResult: { one: 'dated result', other: 'dated results' } as PluralForms,
    /** "21 results for “china”": {count} is the number with its word. */
    found: '{count} for “{q}”',
    corrected: 'No results for “{q}”. Showing results for ',
    correctedEnd: '.',
    suggest: 'Did you mean ',
    suggestEnd: '?',
    popupCorrected: 'No results for “{q}”. {count} for “{c}”.',
    popupSuggest: ' Did you mean “{s}”?',
    unavailablePage: 'Search is not available right now. Browse the entries A–Z below.',
    unavailableBox: 'Search is not available right now; press Enter to open the search page.',
    needsBuild: 'Search needs a built site: run “npm run build”, then “npm run preview”.',
    listbox: 'Search results',
    openPage: 'Open the search page',
    allResults: 'All {count} on the search page',
    alsoCalled: 'Also called ',
    /**
     * Where a query that finds nothing here may be searched instead: the default language's
     * search page, offered on the other languages' pages ("" where there is none).
     */
    elsewhere: '',
    elsewhereHref: '',
  },
};
