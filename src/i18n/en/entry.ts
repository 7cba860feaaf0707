/** Entry pages: the at-a-glance panel, notes, sources, history, contents and related lists. */
import type { PluralForms } from '../../lib/i18n.ts';

/** Plural forms typed as such, so that another language may add the forms English lacks. */
const forms = (f: PluralForms): PluralForms => f;

export default {
  atAGlance: 'At a glance',
  onThisPage: 'On this page',
  /** The collapsed contents list's summary: "On this page (5 sections)". */
  sections: forms({ one: 'section', other: 'sections' }),
  editorialNotes: 'Editorial notes',
  /** The lead's line before the count of notes: "Editorial notes after the text: 2 corrections…". */
  notesAfterText: 'Editorial notes after the text:',
  notesCount: {
    correction: forms({ one: 'correction of a source', other: 'corrections of sources' }),
    disagreement: forms({ one: 'place where sources disagree', other: 'places where sources disagree' }),
  },
  noteLabel: { correction: 'Correction', disagreement: 'Sources disagree' },
  /** What Markdown adds to a body with footnotes: the heading of their list, a back link's name. */
  footnotes: { label: 'Footnotes', backTo: (reference: string) => `Back to reference ${reference}` },
  sources: 'Sources',
  /** Before a note's sources: "Sources: …". */
  noteSources: 'Sources:',
  /** The name of the cite block in the contents list (the block itself is the citation's). */
  cite: 'Cite this page',
  /** Where a title is the site's translation, not a source's: the English title follows. */
  titleTranslated: 'Title as translated by the site; in English:',
  history: {
    heading: 'Page history',
    lastChanged: 'Last changed',
    /** After the date: nothing where the date ends in an abbreviation's full stop ("2026 г."). */
    lastChangedEnd: '.',
    none: 'This copy of the site does not have the history of this page.',
    oneChange: 'One change',
    changes: forms({ one: 'change', other: 'changes' }),
    /** After the count where older changes are missing: "12 changes recorded in this copy". */
    partial: 'recorded in this copy',
    earlierMissing: 'Earlier changes are not recorded in this copy of the site.',
    revision: 'revision',
    /**
     * Whether a change is described by its commit's `Change:` trailer. The trailers are written
     * in English, so a page in another language describes each change by its kind instead.
     */
    trailers: true,
    kind: { added: 'Page created', renamed: 'Page renamed', changed: 'Revised' },
    noteAdded: 'editorial note added',
  },
  kyrgyzstan: 'Kyrgyzstan',
  since: 'since',
  relation: {
    officialName: 'Official name',
    region: 'Region',
    recognised: 'Recognised Kyrgyzstan',
    relations: 'Diplomatic relations',
    missions: 'Embassies and accreditation',
    treaties: 'Treaties',
    organizations: 'Organizations shared',
    priorities: 'Priorities',
    iso: 'ISO 3166 codes',
    timeline: (country: string) => `Timeline: Kyrgyzstan and ${country}`,
  },
  /** A mission in a phrase; `who` is Kyrgyzstan or the partner country, `place` a city. */
  mission: {
    embassy: (who: string, place: string) => `Embassy of ${who} in ${place}`,
    'accredited from abroad': (who: string, place: string) => `${who} is accredited from its embassy in ${place}`,
    'non-resident ambassador': (who: string, place: string) => `Non-resident ambassador of ${who}, based in ${place}`,
    consular: (who: string, place: string) => `Consular services for ${who} in ${place}`,
    mission: (who: string, place: string) => `Mission of ${who} in ${place}`,
  },
  /** Who keeps a mission, as the mission phrases name them. */
  missionBy: { kyrgyzstan: 'Kyrgyzstan' },
  treaty: {
    kind: 'Kind',
    signed: 'Signed',
    /** Resolutions and decisions are adopted, not signed. */
    adopted: 'Adopted',
    parties: 'Parties',
    notParty: (kind: string) => `Kyrgyzstan is not a party to this ${kind}.`,
    established: 'Established',
    events: 'Related events',
    organizations: 'Organizations',
    priorities: 'Priorities',
  },
  /** A treaty's kind, as a noun in the "not a party to this …" sentence too. */
  treatyKind: {
    treaty: 'treaty',
    agreement: 'agreement',
    declaration: 'declaration',
    charter: 'charter',
    decision: 'decision',
    resolution: 'resolution',
    accords: 'accords',
  },
  organization: {
    acronym: 'Acronym',
    aliases: 'Also known as',
    kind: 'Kind',
    role: "Kyrgyzstan's role",
    sinceNotStated: 'since when: not stated in the sources',
    members: 'Members',
    membersNamed: 'Members named in the sources',
    treaties: 'Treaties',
    relations: 'Other related relations',
    events: 'Events',
    priorities: 'Priorities',
  },
  priority: { countries: 'Countries', organizations: 'Organizations', treaties: 'Treaties' },
  event: {
    date: 'Date',
    kind: 'Kind',
    countries: 'Countries',
    organizations: 'Organizations',
    treaties: 'Treaties',
    onTimeline: 'See this event on the timeline',
  },
  /** An event's kind, as the facts panel shows it. */
  eventKind: {
    independence: 'independence',
    recognition: 'recognition',
    'diplomatic relations': 'diplomatic relations',
    embassy: 'embassy',
    membership: 'membership',
    treaty: 'treaty',
    visit: 'visit',
    conflict: 'conflict',
    security: 'security',
    economy: 'economy',
    initiative: 'initiative',
    domestic: 'domestic',
  },
  source: {
    citeAs: 'Cite as',
    kind: 'Kind',
    /** Where the page's title is a translation: the source's own title. */
    originalTitle: 'Title in the source',
    citing: 'Entries citing this source',
  },
};
