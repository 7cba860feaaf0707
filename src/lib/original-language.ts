/**
 * The site's facts and its five source texts are in its first language (English): source titles
 * as cited, a treaty's title where the site translated it. Shown on a page in another language,
 * such text needs its own `lang` (WCAG 3.1.2), so screen readers and hyphenation read it right.
 */
import { DEFAULT_LOCALE, dictionary, type Locale } from './i18n.ts';

/** The `lang` attribute for text in the site's first language on a page in `locale`; none where they agree. */
export function originalLang(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : dictionary(DEFAULT_LOCALE).meta.lang;
}
