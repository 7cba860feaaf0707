import { describe, expect, it } from 'vitest';
import { localizeData } from '../../src/lib/localize.ts';
import { languageOfFile } from '../../src/lib/locale-links.ts';

describe('localizeData', () => {
  it('lays the language-bound fields over the English facts, in the English order', () => {
    const english = {
      title: 'Greece',
      summary: 'A partner in Europe.',
      iso2: 'GR',
      representation: [
        { by: 'partner', kind: 'accredited from abroad', place: 'Almaty, Kazakhstan' },
        { by: 'kyrgyzstan', kind: 'embassy', place: 'Athens', since: '2004' },
      ],
      sources: [{ source: { id: 'embassy' }, locator: 'table, row Greece' }, { source: { id: 'textbook' }, locator: 'p. 3' }],
      notes: [{ kind: 'disagreement', text: 'Official or state visit.', sources: [{ source: { id: 'embassy' }, locator: 'visits' }] }],
    };
    const translated = {
      title: 'Греция',
      summary: 'Партнёр в Европе.',
      places: ['Алматы, Казахстан', 'Афины'],
      locators: ['таблица, строка «Греция»', 'с. 3'],
      notes: [{ text: 'Официальный или государственный визит.', locators: ['визиты'] }],
    };
    expect(localizeData(english, translated, 'ru')).toEqual({
      title: 'Греция',
      summary: 'Партнёр в Европе.',
      iso2: 'GR',
      representation: [
        { by: 'partner', kind: 'accredited from abroad', place: 'Алматы, Казахстан' },
        { by: 'kyrgyzstan', kind: 'embassy', place: 'Афины', since: '2004' },
      ],
      sources: [{ source: { id: 'embassy' }, locator: 'таблица, строка «Греция»' }, { source: { id: 'textbook' }, locator: 'с. 3' }],
      notes: [{ kind: 'disagreement', text: 'Официальный или государственный визит.', sources: [{ source: { id: 'embassy' }, locator: 'визиты' }] }],
    });
  });

  it('gives a treaty its place after the missions it has none of, and leaves facts a translation names alone', () => {
    expect(localizeData({ title: 'Treaty', place: 'Bishkek', signed: '1997' }, { title: 'Договор', places: ['Бишкек'], signed: '2099' }, 'ru')).toEqual({
      title: 'Договор',
      place: 'Бишкек',
      signed: '1997',
    });
  });

  it('names a country its translation leaves unnamed by its ISO code, in the language', () => {
    const english = { title: 'Lesotho', iso2: 'LS', summary: 'A kingdom.' };
    expect([localizeData(english, { summary: 'Королевство.' }, 'ru'), localizeData(english, { summary: 'Падышалык.' }, 'ky')].map((d) => d.title)).toEqual(['Лесото', 'Лесото']);
    expect(localizeData(english, { title: 'Королевство Лесото' }, 'ru').title).toBe('Королевство Лесото');
  });
});

describe('languageOfFile', () => {
  it.each([
    ['/site/content/ru/countries/china.md', 'ru'],
    ['/site/content/countries/china.md', undefined],
    ['/site/content/russia.md', undefined],
  ])('%s → %s', (path, lang) => {
    expect(languageOfFile(path, '/site/content')).toBe(lang);
  });
});
