/**
 * Intl formatters made once per language and options. Making one costs far more than using it
 * (a date formatter loads its locale data), and a build formats a date, a count or a list on
 * every row of every page.
 */
const made = new Map<string, object>();

function once<T extends object>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (!value) made.set(key, (value = make()));
  return value;
}

/** Intl.DateTimeFormat for a language and options. */
export const dateTimeFormat = (intl: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  once(`date ${intl} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intl, options));

/** Intl.NumberFormat with the language's defaults. */
export const numberFormat = (intl: string): Intl.NumberFormat => once(`number ${intl}`, () => new Intl.NumberFormat(intl));

/** Intl.PluralRules (cardinal) for a language. */
export const pluralRules = (intl: string): Intl.PluralRules => once(`plural ${intl}`, () => new Intl.PluralRules(intl));

/** Intl.ListFormat joining with "and" in a language. */
export const listFormat = (intl: string): Intl.ListFormat => once(`list ${intl}`, () => new Intl.ListFormat(intl, { type: 'conjunction' }));

/** Intl.DisplayNames of regions in a language, undefined for an unknown code. */
export const regionNames = (intl: string): Intl.DisplayNames =>
  once(`region ${intl}`, () => new Intl.DisplayNames(intl, { type: 'region', fallback: 'none' }));
