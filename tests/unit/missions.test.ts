import { describe, expect, it } from 'vitest';
import { describeMission, type Mission } from '../../src/lib/missions.ts';

describe('describeMission', () => {
  it.each<[Mission, string]>([
    [{ by: 'partner', kind: 'embassy', place: 'Bishkek' }, 'Embassy of Japan in Bishkek'],
    [{ by: 'kyrgyzstan', kind: 'embassy', place: 'Tokyo' }, 'Embassy of Kyrgyzstan in Tokyo'],
    [{ by: 'partner', kind: 'accredited from abroad', place: 'Tashkent, Uzbekistan' }, 'Japan is accredited from its embassy in Tashkent, Uzbekistan'],
    [{ by: 'kyrgyzstan', kind: 'non-resident ambassador', place: 'Bishkek' }, 'Non-resident ambassador of Kyrgyzstan, based in Bishkek'],
    [{ by: 'kyrgyzstan', kind: 'consular', place: 'Athens' }, 'Consular services for Kyrgyzstan in Athens'],
  ])('%j', (mission, text) => {
    expect(describeMission(mission, 'Japan')).toBe(text);
  });
});
