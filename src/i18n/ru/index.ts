/** The Russian dictionary; its shape is checked against the English one. */
import type { Dictionary } from '../../lib/i18n.ts';
import site from './site.ts';

export default {
  meta: { lang: 'ru', intl: 'ru', name: 'Русский' },
  site,
} satisfies Dictionary;
