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

/** A piece of text, with the language it is in where that differs from the page's. */
export interface Run {
  text: string;
  lang?: string;
}

const QUOTED = /«([^«»]*)»/g;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Splits a translated text into runs, marking quotations of the English sources («the Republic
 * of China», «Development of Partnership Relations»: in Latin letters only) as English, so that
 * a page in another language can give them `lang`. On a page in the original language the text
 * stays one run.
 */
export function quotedOriginals(text: string, locale: Locale): Run[] {
  const lang = originalLang(locale);
  if (!lang) return [{ text }];
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(QUOTED)) {
    const quote = match[1];
    if (!LATIN.test(quote) || NON_LATIN_LETTER.test(quote)) continue;
    const start = match.index + 1;
    runs.push({ text: text.slice(at, start) }, { text: quote, lang });
    at = start + quote.length;
  }
  runs.push({ text: text.slice(at) });
  return runs.filter((r) => r.text !== '');
}
