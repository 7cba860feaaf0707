/**
 * Language of parts (WCAG 3.1.2) in translated text. A translation quotes its sources, which
 * are English, in English («the storm center»), and names their sections in English. A screen
 * reader reads such a passage in the page's voice unless it is marked `lang="en"`.
 *
 * - In a body, the editor marks it: `<span lang="en">…</span>`; `unmarkedForeignText` is the
 *   content check's side of that rule.
 * - Frontmatter text (notes, locators, summary) is rendered as plain text, and also goes as is
 *   into the data files, feeds and citations, so it carries no markup: there, text in the Latin
 *   script on a page whose language is written in another script is English, the language of
 *   the sources and of the site's facts. `splitLanguageParts` finds those passages for the
 *   components that render such text (LanguageParts.astro).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { dictionary, DEFAULT_LOCALE, type Locale } from './i18n.ts';

/**
 * The `lang` for text in the site's first language (English: the sources, their titles as
 * cited, the facts a page gives in their original words) on a page in `locale`; none where
 * they agree.
 */
export function originalLang(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : dictionary(DEFAULT_LOCALE).meta.lang;
}

/** A stretch of text, with its language where that differs from the page's. */
export interface LanguagePart {
  text: string;
  /** A language code for `lang`, set only on a part in another language than the page. */
  lang?: string;
}

const LATIN = /[A-Za-z]/;
/**
 * A passage in the Latin script: from a Latin letter up to the next letter of another script
 * or guillemet, so that the spaces, digits and punctuation inside a quotation stay with it.
 */
const PASSAGE = /[A-Za-z](?:[A-Za-z]|[^\p{L}«»])*/gu;

const latin = new Map<Locale, boolean>();

/** Whether a language is written in the Latin script ("en", "en-GB"), from Intl's likely subtags. */
function latinScript(locale: Locale): boolean {
  if (!latin.has(locale)) latin.set(locale, new Intl.Locale(dictionary(locale).meta.intl).maximize().script === 'Latn');
  return latin.get(locale)!;
}

/**
 * Splits text of a page in `locale` into parts, each with its language: on a page whose
 * language is not written in the Latin script, every passage in the Latin script is English
 * (`lang: 'en'`). On an English page the text is one part. Joined, the parts are the text.
 *
 * A passage ends with its last Latin letter ("Kiev), а…", "ANA 2004 г."), except one that
 * fills a quotation: then the digits and punctuation up to the «…» are the quotation's too
 * («Resolution No. 13723 (2001)», «EUR 3,5 million»).
 */
export function splitLanguageParts(text: string, locale: Locale): LanguagePart[] {
  if (latinScript(locale) || !LATIN.test(text)) return [{ text }];
  const parts: LanguagePart[] = [];
  let done = 0;
  for (const match of text.matchAll(PASSAGE)) {
    let start = match.index;
    let end = start + match[0].length;
    const opening = /«[^\p{L}«»]*$/u.exec(text.slice(done, start));
    if (opening && text[end] === '»') {
      start = done + opening.index + 1;
      end = start + text.slice(start, end).trimEnd().length;
    } else {
      end = start + match[0].search(/[A-Za-z][^A-Za-z]*$/) + 1;
    }
    if (start > done) parts.push({ text: text.slice(done, start) });
    parts.push({ text: text.slice(start, end), lang: DEFAULT_LOCALE });
    done = end;
  }
  if (done < text.length) parts.push({ text: text.slice(done) });
  return parts;
}

/** One passage of a translated body in the Latin script that no `lang` attribute marks. */
export interface UnmarkedPassage {
  line: number;
  text: string;
  /** The language the passage is taken to be in. */
  lang: string;
}

const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

/**
 * The passages of a translated Markdown body (in `locale`) that are in the Latin script but
 * sit in no element with a `lang` attribute, with their file line counted from the body's
 * first line. Link targets, code and attribute values are not text and are left out.
 */
export function unmarkedForeignText(body: string, locale: Locale): UnmarkedPassage[] {
  // Parsing costs far more than this look: a body whose only Latin letters are in link targets
  // or marked spans (nearly every one) has nothing to report.
  const rest = body.replace(/\]\([^)]*\)/g, ']').replace(/<span lang="[^"]+">[^<]*<\/span>/g, '');
  if (latinScript(locale) || !LATIN.test(rest)) return [];
  const tree = toHtml.runSync(toHtml.parse(body)) as Root;
  const found: UnmarkedPassage[] = [];
  visit(tree, (node) => {
    if (node.type === 'element' && (node.properties.lang !== undefined || node.tagName === 'code' || node.tagName === 'pre')) return SKIP;
    if (node.type !== 'text') return;
    for (const part of splitLanguageParts(node.value, locale)) {
      if (part.lang) found.push({ line: node.position?.start.line ?? 1, text: part.text, lang: part.lang });
    }
  });
  return found;
}
