/** Wording for embassies and accreditation, from the `representation` field of a country. */
import type { CollectionEntry } from 'astro:content';
import { dictionary, type Locale } from './i18n.ts';

export type Mission = CollectionEntry<'countries'>['data']['representation'][number];

/**
 * Describes a mission in a phrase in a language: "Embassy of Japan in Bishkek",
 * "Япония: посольство — Бишкек". `country` is the partner's name in that language.
 */
export function describeMission(mission: Mission, country: string, locale: Locale): string {
  const t = dictionary(locale).entry;
  const who = mission.by === 'kyrgyzstan' ? t.missionBy.kyrgyzstan : country;
  return t.mission[mission.kind](who, mission.place);
}
