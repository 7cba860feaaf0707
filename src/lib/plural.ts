/**
 * A count with its word in the plural form the language needs, by Intl.PluralRules. Apart from
 * the dictionaries so that the search client, which cannot import them, can use it too.
 */

import { numberFormat, pluralRules } from './intl.ts';

/** Plural forms of a word, as Intl.PluralRules names them; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "1 result", "22 результата", "25 результатов", for an Intl locale ("en-GB", "ru"). */
export function pluralIn(intl: string, n: number, forms: PluralForms): string {
  return `${numberFormat(intl).format(n)} ${forms[pluralRules(intl).select(n)] ?? forms.other}`;
}
