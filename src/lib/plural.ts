/**
 * Counts with their word in the right plural form, by an Intl locale. Apart from i18n.ts so
 * that dictionaries can use it: i18n.ts derives its types from the dictionaries.
 */

/** Plural forms of a word, as Intl.PluralRules names them; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "1 result", "22 результата", "25 результатов": a count in `intl`'s digits and its word in the right form. */
export function countIn(intl: string, n: number, forms: PluralForms): string {
  return `${n.toLocaleString(intl)} ${forms[new Intl.PluralRules(intl).select(n)] ?? forms.other}`;
}
