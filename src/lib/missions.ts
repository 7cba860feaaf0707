/** Wording for embassies and accreditation, from the `representation` field of a country. */
import type { CollectionEntry } from 'astro:content';

export type Mission = CollectionEntry<'countries'>['data']['representation'][number];

/** Describes a mission in a phrase, e.g. "Embassy of Japan in Bishkek". */
export function describeMission(mission: Mission, country: string): string {
  const who = mission.by === 'kyrgyzstan' ? 'Kyrgyzstan' : country;
  switch (mission.kind) {
    case 'embassy':
      return `Embassy of ${who} in ${mission.place}`;
    case 'accredited from abroad':
      return `${who} is accredited from its embassy in ${mission.place}`;
    case 'non-resident ambassador':
      return `Non-resident ambassador of ${who}, based in ${mission.place}`;
    case 'consular':
      return `Consular services for ${who} in ${mission.place}`;
    case 'mission':
      return `Mission of ${who} in ${mission.place}`;
  }
}
