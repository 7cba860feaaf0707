import { describe, expect, it } from 'vitest';
import { quotedOriginals } from '../../src/lib/original-language.ts';

describe('quotedOriginals', () => {
  it.each([
    ['en', 'section “Development of Partnership Relations”', [{ text: 'section “Development of Partnership Relations”' }]],
    ['ru', 'абзац о трёх державах', [{ text: 'абзац о трёх державах' }]],
    [
      'ru',
      'раздел «Development of Partnership Relations» («Развитие партнёрских отношений»)',
      [{ text: 'раздел «' }, { text: 'Development of Partnership Relations', lang: 'en' }, { text: '» («Развитие партнёрских отношений»)' }],
    ],
    [
      'ru',
      'названо «Askare Askayev», а строка «Греция» — нет; «И–И» и «AND-AND»',
      [{ text: 'названо «' }, { text: 'Askare Askayev', lang: 'en' }, { text: '», а строка «Греция» — нет; «И–И» и «' }, { text: 'AND-AND', lang: 'en' }, { text: '»' }],
    ],
    ['ru', 'строка «Китай (PRC)»', [{ text: 'строка «Китай (PRC)»' }]],
  ] as const)('%s: %s', (locale, text, runs) => {
    expect(quotedOriginals(text, locale)).toEqual(runs);
  });
});
