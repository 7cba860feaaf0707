/** The Russian dictionary; its shape is checked against the English one. */
import type { Dictionary } from '../../lib/i18n.ts';
import site from './site.ts';
import entry from './entry.ts';
import pages from './pages.ts';
import search from './search.ts';
import cite from './cite.ts';

export default {
  meta: { lang: 'ru', intl: 'ru', name: 'Русский', ogLocale: 'ru_RU' },
  site,
  entry,
  pages,
  search,
  cite,
} satisfies Dictionary;
