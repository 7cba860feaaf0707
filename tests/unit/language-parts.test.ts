/** Language of parts: English passages in translated text, found in plain text and required in bodies. */
import { describe, expect, it } from 'vitest';
import { splitLanguageParts, unmarkedForeignText } from '../../src/lib/language-parts.ts';

/** The parts as one line, English in [en:…], to read a whole table at a glance. */
const show = (text: string, locale: 'en' | 'ru' = 'ru') =>
  splitLanguageParts(text, locale).map((p) => (p.lang ? `[${p.lang}:${p.text}]` : p.text)).join('');

describe('splitLanguageParts', () => {
  it('marks each passage in the Latin script of a Russian text as English, and nothing else', () => {
    expect(
      [
        'называет тремя державами «the Russian Federation, the Republic of China and the USA» («Российскую Федерацию…»)',
        'раздел «Development of Partnership Relations» («Развитие партнёрских отношений»), абзац о Китае',
        'посольство в Киеве (Kiev), а у Украины — в Бишкеке; пишет название города как Kyiv.',
        'сообщение агентства ANA 2004 г. о соглашениях',
        'приветствовал «Resolution No. 13723 (2001)» Совета Безопасности; «EUR 3,5 million»',
        'принцип «И–И» («AND-AND»), а не «ИЛИ–ИЛИ» («OR-OR»)',
        'Только русский текст, 1992 г.',
      ].map((text) => show(text)),
    ).toMatchInlineSnapshot(`
      [
        "называет тремя державами «[en:the Russian Federation, the Republic of China and the USA]» («Российскую Федерацию…»)",
        "раздел «[en:Development of Partnership Relations]» («Развитие партнёрских отношений»), абзац о Китае",
        "посольство в Киеве ([en:Kiev]), а у Украины — в Бишкеке; пишет название города как [en:Kyiv].",
        "сообщение агентства [en:ANA] 2004 г. о соглашениях",
        "приветствовал «[en:Resolution No. 13723 (2001)]» Совета Безопасности; «[en:EUR 3,5 million]»",
        "принцип «И–И» («[en:AND-AND]»), а не «ИЛИ–ИЛИ» («[en:OR-OR]»)",
        "Только русский текст, 1992 г.",
      ]
    `);
  });

  it('leaves an English text whole, and joined parts are always the text', () => {
    expect(splitLanguageParts('China (Китай, КНР)', 'en')).toEqual([{ text: 'China (Китай, КНР)' }]);
    const text = 'Сноска «Kyrgyz Republic», (Kiev), ANA.';
    expect(splitLanguageParts(text, 'ru').map((p) => p.text).join('')).toBe(text);
  });
});

describe('unmarkedForeignText', () => {
  it('finds English in a Russian body outside any lang attribute, link target or code, at its line', () => {
    const body = [
      '## Заголовок',
      '',
      'Страница называет ООН «the storm',
      'center» ([ссылка](/organizations/un/)), а учебник — <span lang="en">Kyiv</span> и `code`.',
      '',
      '> «Many are skeptical.»',
    ].join('\n');
    expect(unmarkedForeignText(body, 'ru')).toMatchInlineSnapshot(`
      [
        {
          "lang": "en",
          "line": 3,
          "text": "the storm
      center",
        },
        {
          "lang": "en",
          "line": 6,
          "text": "Many are skeptical.",
        },
      ]
    `);
    expect(unmarkedForeignText('English body, «quoted».', 'en')).toEqual([]);
  });
});
