import { describe, expect, it } from 'vitest';
import { dictionary, LOCALES } from '../../src/lib/i18n.ts';
import { kindUrl } from '../../src/lib/timeline.ts';

describe('counted phrases of the site’s own pages', () => {
  // At the counts where Russian changes form: 1 and 21 (one), 2 (few), 5 and 11 (many).
  it('agree with their count in every language', () => {
    const phrases = Object.fromEntries(
      LOCALES.map((locale) => {
        const t = dictionary(locale).pages;
        return [locale, [1, 2, 5, 11, 21].map((n) => [t.timeline.lead(n), t.timeline.kindLead(1, n), t.sources.citedBy(n), t.listingSources.drawOn(n), t.treaties.lead(n)].join(' | '))];
      }),
    );
    expect(phrases).toMatchInlineSnapshot(`
      {
        "en": [
          "1 dated event, from the proclamation of independence onwards. | 1 of 1 event. | cited by 1 page | The 1 entry listed here draws on | 1 treaty, agreement or decision, by the date they were signed or adopted.",
          "2 dated events, from the proclamation of independence onwards. | 1 of 2 events. | cited by 2 pages | The 2 entries listed here draw on | 2 treaties, agreements and decisions, by the date they were signed or adopted.",
          "5 dated events, from the proclamation of independence onwards. | 1 of 5 events. | cited by 5 pages | The 5 entries listed here draw on | 5 treaties, agreements and decisions, by the date they were signed or adopted.",
          "11 dated events, from the proclamation of independence onwards. | 1 of 11 events. | cited by 11 pages | The 11 entries listed here draw on | 11 treaties, agreements and decisions, by the date they were signed or adopted.",
          "21 dated events, from the proclamation of independence onwards. | 1 of 21 events. | cited by 21 pages | The 21 entries listed here draw on | 21 treaties, agreements and decisions, by the date they were signed or adopted.",
        ],
        "ru": [
          "1 датированное событие начиная с провозглашения независимости. | 1 из 1 события. | цитируется на 1 странице | 1 статья этого списка опирается на | 1 договор, соглашение или решение — по дате подписания или принятия.",
          "2 датированных события начиная с провозглашения независимости. | 1 из 2 событий. | цитируется на 2 страницах | 2 статьи этого списка опираются на | 2 договора, соглашения и решения — по дате подписания или принятия.",
          "5 датированных событий начиная с провозглашения независимости. | 1 из 5 событий. | цитируется на 5 страницах | 5 статей этого списка опираются на | 5 договоров, соглашений и решений — по дате подписания или принятия.",
          "11 датированных событий начиная с провозглашения независимости. | 1 из 11 событий. | цитируется на 11 страницах | 11 статей этого списка опираются на | 11 договоров, соглашений и решений — по дате подписания или принятия.",
          "21 датированное событие начиная с провозглашения независимости. | 1 из 21 события. | цитируется на 21 странице | 21 статья этого списка опирается на | 21 договор, соглашение или решение — по дате подписания или принятия.",
        ],
      }
    `);
  });

  it('name decades in every language', () => {
    expect(LOCALES.map((l) => dictionary(l).pages.timeline.decade(1990))).toMatchInlineSnapshot(`
      [
        "1990s",
        "1990-е",
      ]
    `);
  });
});

describe('kindUrl', () => {
  it.each([
    ['diplomatic relations', 'en', '/timeline/type/diplomatic-relations/'],
    ['treaty', 'ru', '/ru/timeline/type/treaty/'],
  ] as const)('%s in %s is %s', (kind, locale, url) => {
    expect(kindUrl(kind, locale)).toBe(url);
  });
});
