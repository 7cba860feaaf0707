import { describe, expect, it } from 'vitest';
import { checkTranslatedFiles, checkTranslation, numbersIn, type ParsedEntry } from '../../src/lib/translations.ts';

const entry = (path: string, data: Record<string, unknown>, body = ''): ParsedEntry => ({ path, data, body, lineOf: (p) => 2 + p.length });

const greeceEn = entry(
  'content/countries/greece.md',
  {
    title: 'Greece',
    officialName: 'Hellenic Republic',
    iso2: 'GR',
    relationsEstablished: '1992',
    representation: [{ by: 'partner', kind: 'embassy', place: 'Almaty, Kazakhstan' }],
    summary: 'Relations since 1992; 3 accords signed in 2004.',
    sources: [{ source: 'wikipedia-foreign-relations', locator: 'Greece row, refs. 17–22' }],
    notes: [{ kind: 'correction', text: 'Ref. 18 misspells the name.', sources: [{ source: 'wikipedia-foreign-relations', locator: 'ref. 18' }] }],
  },
  'Trade reached 5,000 tonnes, or 1.5 per cent, in [2004](/timeline/greece-2004/).',
);

const good = {
  title: 'Греция',
  officialName: 'Греческая Республика',
  places: ['Алматы, Казахстан'],
  summary: 'Отношения с 1992 г.; 3 соглашения подписаны в 2004 г.',
  locators: ['строка «Греция», сноски 17–22'],
  notes: [{ text: 'В сноске 18 имя написано с ошибкой.', locators: ['сноска 18'] }],
};
const goodBody = 'Товарооборот достиг 5 000 т, или 1,5 %, в [2004 г.](/timeline/greece-2004/).';

describe('checkTranslation', () => {
  it('passes a translation that carries only language-bound fields and the same numbers', () => {
    expect(checkTranslation('countries', greeceEn, entry('content/ru/countries/greece.md', good, goodBody), 'ru')).toEqual([]);
  });

  it('lets a country with an ISO code go without a name (Intl names it), and nothing else', () => {
    const { title: _, ...unnamed } = good;
    expect(checkTranslation('countries', greeceEn, entry('content/ru/countries/greece.md', unnamed, goodBody), 'ru')).toEqual([]);
    const { iso2: __, ...noCode } = greeceEn.data;
    expect(checkTranslation('countries', { ...greeceEn, data: noCode }, entry('content/ru/countries/greece.md', unnamed, goodBody), 'ru').map((p) => p.field)).toEqual(['title']);
  });

  it('reports every kind of drift with file, line, field and what is expected', () => {
    const cases: Record<string, [Record<string, unknown>, string]> = {
      'a fact field': [{ ...good, relationsEstablished: '1993' }, goodBody],
      'an unknown field': [{ ...good, motto: 'x' }, goodBody],
      'a blank title, no summary': [{ ...good, title: ' ', summary: undefined }, goodBody],
      'a locator and a place missing': [{ ...good, locators: [], places: [] }, goodBody],
      'a note without its locator': [{ ...good, notes: [{ text: 'В сноске 18 ошибка.', locators: [] }] }, goodBody],
      'HTML in a note': [{ ...good, notes: [{ text: 'В сноске 18 — «<span lang="en">Askare Askayev</span>».', locators: ['сноска 18'] }] }, goodBody],
      'numbers that drift': [
        { ...good, summary: 'Отношения с 1993 г.; 3 соглашения подписаны в 2004 г.', notes: [{ text: 'В сноске 19 ошибка.', locators: ['сноска 18'] }] },
        'Товарооборот достиг 500 т в 2004 г.',
      ],
    };
    const messages = Object.fromEntries(
      Object.entries(cases).map(([name, [data, body]]) => [
        name,
        checkTranslation('countries', greeceEn, entry('content/ru/countries/greece.md', JSON.parse(JSON.stringify(data)), body), 'ru').map(
          (p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`,
        ),
      ]),
    );
    expect(messages).toMatchInlineSnapshot(`
      {
        "HTML in a note": [
          "content/ru/countries/greece.md:5 notes[0].text: is plain text, where HTML shows as written; leave English passages as they are: the page marks text in the Latin script as English",
        ],
        "a blank title, no summary": [
          "content/ru/countries/greece.md:3 title: is missing or blank; expected the title in translation, as content/countries/greece.md has it",
          "content/ru/countries/greece.md:3 summary: is missing or blank; expected the summary in translation, as content/countries/greece.md has it",
        ],
        "a fact field": [
          "content/ru/countries/greece.md:3 relationsEstablished: is a fact, kept once in content/countries/greece.md; a translation carries only title, officialName, summary, aliases, places, locators, notes",
        ],
        "a locator and a place missing": [
          "content/ru/countries/greece.md:3 locators: has 0 items where the English has 1; expected one for each, in the English order",
          "content/ru/countries/greece.md:3 places: has 0 items where the English has 1; expected one for each, in the English order",
        ],
        "a note without its locator": [
          "content/ru/countries/greece.md:5 notes[0].locators: has 0 item(s) where the English note has 1 source(s); expected one locator for each",
        ],
        "an unknown field": [
          "content/ru/countries/greece.md:3 motto: is not a field of a translation; expected only title, officialName, summary, aliases, places, locators, notes",
        ],
        "numbers that drift": [
          "content/ru/countries/greece.md:5 notes[0].text: lacks 18 and has 19, which the English does not; a translation states the same numbers as the English",
          "content/ru/countries/greece.md:3 summary: lacks 1992 and has 1993, which the English does not; a translation states the same numbers as the English",
          "content/ru/countries/greece.md text: lacks 5000, 1.5 and has 500, which the English does not; a translation states the same numbers as the English",
        ],
      }
    `);
  });
});

describe('numbersIn', () => {
  it.each([
    ['en', '5,000 tonnes, 1.5 per cent, "EUR 3,5 million", 1991–1992, refs. 17, 18', ['5000', '1.5', '3.5', '1991', '1992', '17', '18']],
    ['ru', '5 000 т, 1,5 %, «EUR 3,5 million», 1991–1992 гг., сноски 17, 18', ['5000', '1.5', '3.5', '1991', '1992', '17', '18']],
    ['ru', 'в [2002 г.](/treaties/china-2002/) и 24 марта', ['2002', '24']],
  ] as const)('%s: %s', (lang, text, numbers) => {
    expect(numbersIn(text, lang)).toEqual(numbers);
  });
});

describe('checkTranslatedFiles', () => {
  it('pairs each translation with its English entry and names what is missing on either side', () => {
    const english = new Map([
      ['countries/greece', greeceEn],
      ['countries/japan', entry('content/countries/japan.md', { title: 'Japan', summary: 'Japan.', sources: [{ source: 's', locator: 'l' }] })],
    ]);
    const file = (path: string, text?: string) => ({ collection: path.split('/')[2], lang: 'ru' as const, path, text });
    const greece = `---\ntitle: Греция\nofficialName: Греческая Республика\nplaces: [Алматы]\nsummary: С 1992 г.; 3 соглашения 2004 г.\nlocators: [строка]\nnotes:\n  - text: Сноска 18.\n    locators: [сноска 18]\n---\n\n${goodBody} [Нет](/relations/nowhere/).\n\nЗаголовок «Kyrgyz Republic», но <span lang="en">Kyiv</span>.\n`;
    const problems = checkTranslatedFiles(
      [
        file('content/ru/countries/greece.md', greece),
        file('content/ru/countries/japon.md', '---\ntitle: Япония\n---\n'),
        file('content/ru/people/akayev.md', '---\ntitle: Акаев\n---\n'),
        file('content/ru/countries/drafts/'),
      ],
      english,
      (path) => path !== '/relations/nowhere/',
    );
    expect(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ?? ''}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "content/ru/countries/greece.md:12 text: links to "/relations/nowhere/", which is not a page of this site; expected the address of an entry, such as /relations/china/, or of a section",
        "content/ru/countries/greece.md:14 text: has "Kyrgyz Republic" in English without marking it; write <span lang="en">Kyrgyz Republic</span>, so that screen readers switch to its language",
        "content/ru/countries/japon.md file name: has no English entry to translate; expected a file of the same name in the English countries/ folder",
        "content/ru/people/akayev.md : is not in a collection folder; expected ru/ to hold the same folders as the English (ru/sources/, ru/countries/, ru/treaties/, ru/organizations/, ru/priorities/, ru/events/)",
        "content/ru/countries/drafts/ : is not a translation; expected only .md and .mdx files named like the English entries",
        "content/countries/japan.md : has no Russian translation; expected ru/countries/japan.md in the content folder, since every entry is translated once ru/ exists",
      ]
    `);
  });
});
