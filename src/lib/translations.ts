/**
 * Checks a translated entry (content/<lang>/<collection>/<id>.md) against its English entry.
 *
 * Facts are not retyped in translation: dates, parties, memberships, codes and sources live
 * once, in the English file. A translation carries only what is language-bound, in the same
 * order as the English (the n-th locator translates the n-th source's locator), so that a
 * translation cannot drift from the facts: it may not hold a fact field, its lists must match
 * the English ones in length, and every number in its text must be one the English text has.
 * A passage its body quotes in English must be marked so (src/lib/language-parts.ts).
 */
import { basename, extname } from 'node:path';
import { COLLECTIONS, type CollectionName } from './schema.ts';
import { readFrontmatter } from './frontmatter.ts';
import { checkBody } from './body-check.ts';
import { unmarkedForeignText } from './language-parts.ts';
import { fieldName } from './plain-issues.ts';
import { TRANSLATION_LOCALES, type Locale } from './i18n.ts';
import { DEFAULT_LOCALE, entryUrl } from './urls.ts';

/** The languages besides English that content can be translated into, by folder name. */
export const TRANSLATION_LANGUAGES = TRANSLATION_LOCALES;
export type TranslationLanguage = Exclude<Locale, 'en'>;

/** A language's English name, for messages to editors: "Russian". */
const languageName = (lang: TranslationLanguage) => new Intl.DisplayNames('en', { type: 'language' }).of(lang) ?? lang;

/** Whether a folder of the content root holds a translation (`ru/`) rather than a collection. */
export function isTranslationLanguage(folder: string): folder is TranslationLanguage {
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(folder);
}

/** What a translation of each collection may carry: the language-bound fields only. */
export const TRANSLATED_FIELDS: Record<CollectionName, readonly string[]> = {
  sources: ['title', 'covers'],
  countries: ['title', 'officialName', 'summary', 'aliases', 'places', 'locators', 'notes'],
  treaties: ['title', 'shortTitle', 'titleTranslated', 'summary', 'aliases', 'places', 'locators', 'notes'],
  organizations: ['title', 'acronym', 'summary', 'aliases', 'locators', 'notes'],
  priorities: ['title', 'summary', 'aliases', 'locators', 'notes'],
  events: ['title', 'titleTranslated', 'summary', 'aliases', 'locators', 'notes'],
};

/** A content file after its frontmatter was read. */
export interface ParsedEntry {
  path: string;
  data: Record<string, unknown>;
  body: string;
  /** The file line of a field, or of the nearest enclosing one. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** One problem in a translated file. */
export interface TranslationProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

type Lang = TranslationLanguage | 'en';

/**
 * The numbers a text states, written the same way whatever the language: "5,000" and
 * "5 000" are 5000, "1.5" and "1,5" are 1.5. Digits inside link targets are left out, since
 * both languages link the same pages.
 */
export function numbersIn(text: string, lang: Lang): string[] {
  const prose = text.replace(/\]\([^)]*\)/g, ']');
  // English groups thousands with commas; Russian with spaces and uses a decimal comma (as
  // does a source quoted in English, "EUR 3,5 million").
  const thousands = lang === 'en' ? /^\d{1,3}(?:,\d{3})+$/ : /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
  const pattern = lang === 'en' ? /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g : /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:,\d+)?/g;
  return (prose.match(pattern) ?? []).map((n) => (thousands.test(n) ? n.replace(/\D/g, '') : n.replace(',', '.')));
}

/** The numbers of `translated` that `english` lacks, and those of `english` that `translated` lacks. */
function numberDiff(english: string, translated: string, lang: TranslationLanguage): string | undefined {
  const en = new Set(numbersIn(english, 'en'));
  const tr = new Set(numbersIn(translated, lang));
  const missing = [...en].filter((n) => !tr.has(n));
  const extra = [...tr].filter((n) => !en.has(n));
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts = [missing.length > 0 && `lacks ${missing.join(', ')}`, extra.length > 0 && `has ${extra.join(', ')}, which the English does not`];
  return `${parts.filter(Boolean).join(' and ')}; a translation states the same numbers as the English`;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Every `place` of an English entry, in the order a translation's `places` follows. */
function placesOf(data: Record<string, unknown>): unknown[] {
  const representation = list(data.representation).map((r) => (r as { place?: unknown }).place);
  return [...representation, data.place].filter((p) => p !== undefined);
}

/** Checks one translated file against its English entry; returns every problem found. */
export function checkTranslation(collection: CollectionName, english: ParsedEntry, translated: ParsedEntry, lang: TranslationLanguage): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file: translated.path, line: translated.lineOf(path), field: fieldName(path), message });
  const allowed = TRANSLATED_FIELDS[collection];
  const tr = translated.data;
  const en = english.data;

  for (const key of Object.keys(tr)) {
    if (allowed.includes(key)) continue;
    at([key], key in en
      ? `is a fact, kept once in ${english.path}; a translation carries only ${allowed.join(', ')}`
      : `is not a field of a translation; expected only ${allowed.join(', ')}`);
  }
  for (const key of ['title', 'summary', 'shortTitle', 'officialName', 'covers']) {
    if (!allowed.includes(key) || !(key in en)) continue;
    // A country with an ISO code may go without a name: it is then named by Intl.DisplayNames.
    if (key === 'title' && tr.title === undefined && typeof en.iso2 === 'string') continue;
    if (!text(tr[key]).trim()) at([key], `is missing or blank; expected the ${key === 'title' ? 'title' : key} in translation, as ${english.path} has it`);
  }
  const lengths: [string, unknown[], unknown[]][] = [
    ['locators', list(en.sources), list(tr.locators)],
    ['notes', list(en.notes), list(tr.notes)],
    ['places', placesOf(en), list(tr.places)],
  ];
  for (const [key, source, target] of lengths) {
    if (!allowed.includes(key) || source.length === target.length) continue;
    at([key], `has ${target.length} item${target.length === 1 ? '' : 's'} where the English has ${source.length}; expected one for each, in the English order`);
  }
  list(tr.notes).forEach((note, i) => {
    const source = list(en.notes)[i] as { text?: unknown; sources?: unknown } | undefined;
    const { text: noteText, locators } = (note ?? {}) as { text?: unknown; locators?: unknown };
    if (!source) return;
    if (list(locators).length !== list(source.sources).length) {
      at(['notes', i, 'locators'], `has ${list(locators).length} item(s) where the English note has ${list(source.sources).length} source(s); expected one locator for each`);
    }
    const diff = numberDiff(text(source.text), text(noteText), lang);
    if (diff) at(['notes', i, 'text'], diff);
  });
  const summary = numberDiff(text(en.summary), text(tr.summary), lang);
  if (summary && 'summary' in tr) at(['summary'], summary);
  const body = numberDiff(english.body, translated.body, lang);
  if (body) problems.push({ file: translated.path, field: 'text', message: body });
  // The body's way of marking a quotation (<span lang="en">) would show as written here.
  for (const [path, value] of strings(tr)) {
    if (/<\/?[a-z][^>]*>/i.test(value)) at(path, 'is plain text, where HTML shows as written; leave English passages as they are: the page marks text in the Latin script as English');
  }
  return problems;
}

/** Every string in frontmatter data, with its path. */
function strings(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/** A translated file as the content check reads it. */
interface TranslatedFile {
  collection: string;
  lang?: TranslationLanguage;
  path: string;
  text?: string;
}

/**
 * Checks every translated file against its English entry (`english`, keyed "countries/china"),
 * and, for each language that has a folder, that no English entry lacks its translation.
 */
export function checkTranslatedFiles(files: readonly TranslatedFile[], english: ReadonlyMap<string, ParsedEntry>, pageExists: (path: string) => boolean): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const translated = new Map<TranslationLanguage, Set<string>>();
  for (const file of files) {
    const lang = file.lang!;
    const done = translated.get(lang) ?? translated.set(lang, new Set()).get(lang)!;
    if (!(COLLECTIONS as readonly string[]).includes(file.collection)) {
      problems.push({ file: file.path, message: `is not in a collection folder; expected ${lang}/ to hold the same folders as the English (${COLLECTIONS.map((c) => `${lang}/${c}/`).join(', ')})` });
      continue;
    }
    const ext = extname(file.path);
    if (file.text === undefined || (ext !== '.md' && ext !== '.mdx')) {
      problems.push({ file: file.path, message: 'is not a translation; expected only .md and .mdx files named like the English entries' });
      continue;
    }
    const collection = file.collection as CollectionName;
    const key = `${collection}/${basename(file.path, ext)}`;
    const source = english.get(key);
    if (!source) {
      problems.push({ file: file.path, field: 'file name', message: `has no English entry to translate; expected a file of the same name in the English ${collection}/ folder` });
      continue;
    }
    done.add(key);
    const front = readFrontmatter(file.text);
    if (!('data' in front)) {
      problems.push({ file: file.path, line: front.line, message: front.message });
      continue;
    }
    problems.push(...checkTranslation(collection, source, { ...front, path: file.path }, lang));
    for (const problem of checkBody(front.body, { mdx: ext === '.mdx', url: entryUrl(collection, basename(file.path, ext), DEFAULT_LOCALE), pageExists })) {
      problems.push({ file: file.path, line: problem.line, field: 'text', message: problem.message });
    }
    for (const passage of unmarkedForeignText(front.body, lang)) {
      const quoted = passage.text.replace(/\s+/g, ' ');
      problems.push({
        file: file.path,
        line: passage.line,
        field: 'text',
        message: `has "${quoted}" in English without marking it; write <span lang="${passage.lang}">${quoted}</span>, so that screen readers switch to its language`,
      });
    }
  }
  for (const [lang, done] of translated) {
    for (const [key, entry] of english) {
      if (done.has(key)) continue;
      problems.push({ file: entry.path, message: `has no ${languageName(lang)} translation; expected ${lang}/${key}${extname(entry.path)} in the content folder, since every entry is translated once ${lang}/ exists` });
    }
  }
  return problems;
}
