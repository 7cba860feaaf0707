/**
 * The interface strings of a dictionary as plain text, to look for one language's interface on
 * another language's pages.
 */
import type { Dictionary } from '../../src/lib/i18n.ts';

export interface DictionaryString {
  /** Where it lives: "site.nav.about", "search.status()". */
  key: string;
  text: string;
}

/** Stands in for every argument of a dictionary function, so its fixed words can be cut out. */
const ARGUMENT = '\u0001';

/**
 * Every string of a dictionary, `meta` (codes, not words) left out. A function contributes the
 * fixed parts of what it returns ("Pages of ${letter}" → "Pages of"); one that cannot work on a
 * stand-in argument (it reads fields of an object) contributes what it can.
 */
export function dictionaryStrings(dictionary: Dictionary): DictionaryString[] {
  const out: DictionaryString[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push({ key, text: value });
    else if (typeof value === 'function') {
      let result: unknown;
      try {
        result = value(...Array.from({ length: Math.max(1, value.length) }, () => ARGUMENT));
      } catch {
        return;
      }
      if (typeof result !== 'string') return;
      for (const part of result.split(ARGUMENT)) {
        if (!/undefined|NaN|\[object /.test(part)) out.push({ key: `${key}()`, text: part });
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, key ? `${key}.${k}` : k);
    }
  };
  const { meta: _codes, ...areas } = dictionary;
  visit(areas, '');
  // A "{count}" placeholder, filled in by a script, splits a string like a function's argument.
  return out
    .flatMap((s) => s.text.split(/\{\w+\}/).map((part) => ({ ...s, text: part.replace(/\s+/g, ' ').trim() })))
    .filter((s) => s.text);
}

/**
 * The strings of `source` that would betray it on a page of `target`'s language: not also a
 * string of `target` (acronyms, format names), and with at least four letters of the source
 * script, so that "of", "by" or "–" do not count.
 */
export function telltaleStrings(source: Dictionary, target: Dictionary): DictionaryString[] {
  const shared = new Set(dictionaryStrings(target).map((s) => s.text));
  const keys = new Map<string, string[]>();
  for (const s of dictionaryStrings(source)) {
    if (!shared.has(s.text) && (s.text.match(/\p{L}/gu) ?? []).length >= 4) keys.set(s.text, [...(keys.get(s.text) ?? []), s.key]);
  }
  // One entry per wording, naming every key that has it ("Relations": site.nav.countries, site.section.countries).
  return [...keys].map(([text, list]) => ({ key: list.join(', '), text }));
}

/** Whether `text` holds `phrase` as whole words (case-sensitive). */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
