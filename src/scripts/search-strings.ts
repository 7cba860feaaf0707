/**
 * The search client's messages in the page's language: /search/strings.json of that language
 * (its URL is the search form's data-strings), fetched once, while the index loads. One client
 * serves every language and carries none of their dictionaries.
 */
import type { Dictionary, Locale } from '../lib/i18n.ts';
import { pluralIn, type PluralForms } from '../lib/plural.ts';

export type SearchStrings = Dictionary['search']['client'] & {
  locale: Locale;
  /** The Intl locale for counts and dates. */
  intl: string;
  /** The search page of the language. */
  searchUrl: string;
};

let loaded: Promise<SearchStrings> | undefined;

/** The messages; the fetch starts on the first call (see warmUp). */
export function strings(): Promise<SearchStrings> {
  loaded ??= (async () => {
    const url = document.querySelector<HTMLElement>('[data-strings]')?.dataset.strings ?? '/search/strings.json';
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as SearchStrings;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** A message with its {name} slots filled: fill("{count} for “{q}”", { count: "2 results", q: "csto" }). */
export function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** "22 результата": a count with the plural form of `forms` the page's language needs. */
export function count(s: SearchStrings, n: number, forms: PluralForms): string {
  return pluralIn(s.intl, n, forms);
}
