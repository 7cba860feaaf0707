/**
 * Lays a translation over its English entry. A translation carries only language-bound fields
 * (src/lib/translations.ts), in the English order: `locators[i]` is the locator of the entry's
 * i-th source, `places` the places of its missions and then its own place, and each note's
 * `locators` those of the note's sources. Everything else, the facts, stays the English data's.
 */

import { regionNames } from './intl.ts';

type Data = Record<string, unknown>;
type Cited = { locator?: string };

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The English data with a translation's fields in place of the English ones, in a language
 * (`intl`, as Intl names it). A country the translation gives no name keeps none of English:
 * it is named by its ISO code, as Intl.DisplayNames names that region in the language.
 */
export function localizeData<T extends object>(english: T, translated: Data, intl: string): T {
  const en = english as Data;
  const out: Data = { ...en };
  for (const key of ['title', 'shortTitle', 'officialName', 'acronym', 'titleTranslated', 'summary', 'aliases', 'covers']) {
    if (key in translated) out[key] = translated[key];
  }
  if (translated.title === undefined && typeof en.iso2 === 'string') {
    out.title = regionNames(intl).of(en.iso2) ?? en.title;
  }
  const locators = list(translated.locators) as string[];
  if (Array.isArray(en.sources) && locators.length > 0) {
    out.sources = (en.sources as Cited[]).map((citation, i) => ({ ...citation, locator: locators[i] ?? citation.locator }));
  }
  const notes = list(translated.notes) as { text?: string; locators?: string[] }[];
  if (Array.isArray(en.notes)) {
    out.notes = (en.notes as { text: string; sources: Cited[] }[]).map((note, i) => ({
      ...note,
      text: notes[i]?.text ?? note.text,
      sources: note.sources.map((citation, j) => ({ ...citation, locator: notes[i]?.locators?.[j] ?? citation.locator })),
    }));
  }
  const places = list(translated.places) as string[];
  if (places.length > 0) {
    let next = 0;
    if (Array.isArray(en.representation)) {
      out.representation = (en.representation as { place?: string }[]).map((m) => (m.place === undefined ? m : { ...m, place: places[next++] ?? m.place }));
    }
    if (typeof en.place === 'string') out.place = places[next] ?? en.place;
  }
  return out as T;
}
