/**
 * Languages: which ones the site has, their dictionaries, and the few rules that differ by
 * language (plurals, lists) through Intl, so that templates never test for a language.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES } from '../i18n/index.ts';
import en from '../i18n/en/index.ts';
import { DEFAULT_LOCALE } from './urls.ts';
import { pluralIn, type PluralForms } from './plural.ts';
import { listFormat } from './intl.ts';

/** A language of the site, by the code in its URLs and `lang` attributes. */
export type Locale = keyof typeof DICTIONARIES;

/** The shape of every dictionary: the English one with its strings widened to any string. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { [K in keyof T]: Widen<T[K]> };
export type Dictionary = Widen<typeof en>;

/** Every language, the default first. */
export const LOCALES = Object.keys(DICTIONARIES) as Locale[];
export { DEFAULT_LOCALE } from './urls.ts';

/** The languages a translation can be in: every one but the default. */
export const TRANSLATION_LOCALES = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== DEFAULT_LOCALE);

/** True for a language code of the site. */
export function isLocale(code: string | undefined): code is Locale {
  return code !== undefined && (LOCALES as string[]).includes(code);
}

/** The dictionary of a language. */
export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

/**
 * The languages this build has pages in: the default, and each other language whose content
 * folder exists (the content check makes sure such a folder translates every entry).
 */
export function builtLocales(contentRoot: string): Locale[] {
  return LOCALES.filter((l) => l === DEFAULT_LOCALE || existsSync(join(contentRoot, l)));
}

export type { PluralForms } from './plural.ts';

/** "1 result", "22 результата", "25 результатов": a count and its word in the right form. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  return pluralIn(dictionary(locale).meta.intl, n, forms);
}

/** "a, b and c" in the language's own way. */
export function listOf(locale: Locale, items: readonly string[]): string {
  return listFormat(dictionary(locale).meta.intl).format(items);
}

/** The language of the page being rendered, from Astro.currentLocale (set by i18n routing). */
export function localeOf(current: string | undefined): Locale {
  if (!isLocale(current)) throw new Error(`Not a language of the site: ${current}`);
  return current;
}
