/**
 * The English dictionary: every interface string of the site. Its shape is the type every other
 * language's dictionary must match (src/lib/i18n.ts), so a missing key fails the type check.
 */
import site from './site.ts';
import entry from './entry.ts';
import pages from './pages.ts';
import search from './search.ts';
import cite from './cite.ts';

export default {
  /** The language itself: its code in URLs and `lang`, its locale for Intl, its own name, its Open Graph locale. */
  meta: { lang: 'en', intl: 'en-GB', name: 'English', ogLocale: 'en_GB' },
  site,
  entry,
  pages,
  search,
  cite,
};
