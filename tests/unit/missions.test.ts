import { describe, expect, it } from 'vitest';
import { describeMission, type Mission } from '../../src/lib/missions.ts';

describe('describeMission', () => {
  it.each<['en' | 'ru', Mission, string]>([
    ['en', { by: 'partner', kind: 'embassy', place: 'Bishkek' }, 'Embassy of Japan in Bishkek'],
    ['en', { by: 'kyrgyzstan', kind: 'embassy', place: 'Tokyo' }, 'Embassy of Kyrgyzstan in Tokyo'],
    ['en', { by: 'partner', kind: 'accredited from abroad', place: 'Tashkent, Uzbekistan' }, 'Japan is accredited from its embassy in Tashkent, Uzbekistan'],
    ['en', { by: 'kyrgyzstan', kind: 'non-resident ambassador', place: 'Bishkek' }, 'Non-resident ambassador of Kyrgyzstan, based in Bishkek'],
    ['en', { by: 'kyrgyzstan', kind: 'consular', place: 'Athens' }, 'Consular services for Kyrgyzstan in Athens'],
    ['en', { by: 'partner', kind: 'mission', place: 'Bishkek' }, 'Mission of Japan in Bishkek'],
    ['ru', { by: 'partner', kind: 'embassy', place: 'Бишкек' }, 'Япония: посольство — Бишкек'],
    ['ru', { by: 'kyrgyzstan', kind: 'embassy', place: 'Токио' }, 'Кыргызстан: посольство — Токио'],
    ['ru', { by: 'partner', kind: 'accredited from abroad', place: 'Ташкент, Узбекистан' }, 'Япония: аккредитация через посольство — Ташкент, Узбекистан'],
    ['ru', { by: 'kyrgyzstan', kind: 'non-resident ambassador', place: 'Бишкек' }, 'Кыргызстан: посол по совместительству, резиденция — Бишкек'],
    ['ru', { by: 'kyrgyzstan', kind: 'consular', place: 'Афины' }, 'Кыргызстан: консульское обслуживание — Афины'],
    ['ru', { by: 'partner', kind: 'mission', place: 'Бишкек' }, 'Япония: представительство — Бишкек'],
  ])('%s %j', (locale, mission, text) => {
    expect(describeMission(mission, locale === 'en' ? 'Japan' : 'Япония', locale)).toBe(text);
  });
});
