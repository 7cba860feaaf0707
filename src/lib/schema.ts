/**
 * The data model: one zod schema per collection. The schemas take a `ref` function so that
 * the same definitions serve Astro (`reference()` in src/content.config.ts) and the
 * integrity check (src/lib/integrity.ts), which validates references itself so it can
 * report every problem at once.
 */
import { z } from 'astro/zod';
import { firstDay, formatPartialDate, isPartialDate, lastDay } from './dates.ts';
import { describeValue } from './plain-issues.ts';

export const COLLECTIONS = [
  'sources',
  'countries',
  'treaties',
  'organizations',
  'priorities',
  'events',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];


/** Text that says something: not empty, not only spaces. */
export const text = () =>
  z.string().regex(/\S/, { error: (issue) => `is ${issue.input === '' ? 'empty' : 'only spaces'}; expected some text` });

/** Today as YYYY-MM-DD, the latest day any date in the content can be. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, quoted in YAML, a real calendar date, and not in the
 * future: a date after the day the site is built is a typo (2099) or a plan, not a fact.
 */
export const partialDate = z
  .string({
    error: (issue) =>
      `is ${issue.input === undefined ? 'required but missing' : describeValue(issue.input)}; expected a date in quotes, such as '1992-03-18', '1992-03' or '1992'`,
  })
  .refine(isPartialDate, {
    abort: true,
    error: (issue) => `"${issue.input}" is not a real date; expected YYYY, YYYY-MM or YYYY-MM-DD, such as '1992-03-18'`,
  })
  .refine((date) => firstDay(date) <= today(), {
    abort: true,
    error: (issue) => `"${issue.input}" is in the future; expected a date no later than the day the site is built`,
  });

/**
 * The day Kyrgyzstan declared independence. Recognition, diplomatic relations, missions,
 * membership of international organizations and treaties are acts of a state, so no such
 * date can fall before it (a partial date passes if any day it covers is on or after it).
 */
export const INDEPENDENCE = '1991-08-31';

/** True when a valid partial date may fall on or after independence. */
export const notBeforeIndependence = (date: string) => !isPartialDate(date) || lastDay(date) >= INDEPENDENCE;

const beforeIndependence = (date: string) =>
  `"${date}" is before Kyrgyzstan's independence (${formatPartialDate(INDEPENDENCE)}); expected a later date, as only the independent state could do this`;

/** A partial date of something Kyrgyzstan did as a state. */
export const stateDate = partialDate.refine(notBeforeIndependence, { error: (issue) => beforeIndependence(issue.input as string) });

/** Region of the world a country belongs to, used for grouping, filters and the map legend. */
export const REGIONS = [
  'Central Asia',
  'East Asia',
  'South Asia',
  'Southeast Asia',
  'Middle East',
  'Europe',
  'Eastern Europe and the Caucasus',
  'North America',
  'Latin America and the Caribbean',
  'Africa',
  'Oceania',
] as const;

/** The kinds of event, in the order the timeline filter shows them. */
export const EVENT_KINDS = [
  'independence', 'recognition', 'diplomatic relations', 'embassy', 'membership', 'treaty',
  'visit', 'conflict', 'security', 'economy', 'initiative', 'domestic',
] as const;

/** Kinds of event that only a state can do; see INDEPENDENCE. */
const STATE_ACTS = new Set<string>(['recognition', 'diplomatic relations', 'embassy', 'membership', 'treaty']);

/** A code of a fixed form, with what the form is in words. */
const code = (pattern: RegExp, expected: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `is ${describeValue(issue.input)}; expected ${expected}`) })
    .regex(pattern, { error: (issue) => `is "${issue.input}"; expected ${expected}` });

/**
 * All collection schemas. `ref(collection)` builds the schema of a reference to an entry of
 * that collection: Astro's `reference()` for the site, a checking string for the integrity check.
 */
export function schemas<R extends z.ZodType>(ref: (collection: CollectionName) => R) {
  /** A citation: which source, and where in it. */
  const citation = z.strictObject({
    source: ref('sources'),
    /** Where in the source the fact is, e.g. "bilateral table, Japan row, ref. 24". */
    locator: text(),
  });

  /** A visible editorial note: a corrected source fault, or sources that disagree. */
  const note = z.strictObject({
    kind: z.enum(['correction', 'disagreement']),
    /** What the source(s) said, and what the site concludes (or that it cannot tell). */
    text: text(),
    sources: z.array(citation).min(1, { error: 'lists no source; expected at least one source with a locator' }),
  });

  const refs = (collection: CollectionName) => z.array(ref(collection)).default([]);

  /** Fields every entry except a source has. */
  const entry = {
    /** The entry's display name (a country's English short name, a treaty's title…). */
    title: text(),
    /** One or two sentences, used on index pages, in search results and as the description. */
    summary: text(),
    /** Where the entry's facts come from; at least one. */
    sources: z.array(citation).min(1, { error: 'lists no source; expected at least one source with a locator' }),
    notes: z.array(note).default([]),
    /**
     * Ids the entry was published under before a rename; each old URL keeps working as a
     * redirect to the current one (see src/lib/redirects.ts).
     */
    formerIds: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a former id is a lower-case kebab-case file name without extension' })).default([]),
  };

  return {
    sources: z.strictObject({
      title: text(),
      /** How to cite the source on the site. */
      citeAs: text(),
      kind: z.enum(['embassy page', 'essay', 'textbook', 'encyclopedia snapshot', 'analysis']),
      /** What the source covers, in a sentence. */
      covers: text(),
      /** The file name of the text in shared/seeds. */
      file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'is not a source file name; expected the name of its text in shared/seeds, such as 002_5c4b394383d8cfac.txt' }),
      order: z.number().int(),
    }),

    countries: z.strictObject({
      ...entry,
      /** Official name, e.g. "People's Republic of China". */
      officialName: text(),
      iso2: code(/^[A-Z]{2}$/, 'two capital letters, the ISO 3166 code, such as KZ'),
      iso3: code(/^[A-Z]{3}$/, 'three capital letters, the ISO 3166 code, such as KAZ'),
      /** ISO 3166 numeric code, which matches the world atlas used by the map. */
      isoNumeric: code(/^\d{3}$/, "three digits in quotes, the ISO 3166 numeric code, such as '398'"),
      region: z.enum(REGIONS),
      /** Other names and spellings, including Russian ones, used by search. */
      aliases: z.array(text()).default([]),
      /** When this country recognised Kyrgyzstan's independence, where a source says. */
      recognised: stateDate.optional(),
      /** When diplomatic relations were established, where a source says. */
      relationsEstablished: stateDate.optional(),
      /** Embassies and accreditation in either direction. */
      representation: z
        .array(
          z.strictObject({
            /** Whose mission it is. */
            by: z.enum(['kyrgyzstan', 'partner']),
            kind: z.enum(['embassy', 'accredited from abroad', 'non-resident ambassador', 'consular', 'mission']),
            /** Where the mission sits, e.g. "Bishkek" or "Almaty, Kazakhstan". */
            place: text(),
            since: stateDate.optional(),
          }),
        )
        .default([]),
      priorities: refs('priorities'),
    }).superRefine((country, ctx) => {
      // A mission cannot open before the two states had relations.
      const relations = country.relationsEstablished;
      if (!relations || !isPartialDate(relations)) return;
      country.representation.forEach((mission, i) => {
        if (mission.since && isPartialDate(mission.since) && lastDay(mission.since) < firstDay(relations)) {
          ctx.addIssue({
            code: 'custom',
            path: ['representation', i, 'since'],
            input: mission.since,
            message: `"${mission.since}" is before diplomatic relations began ('${relations}', relationsEstablished); expected a date on or after it`,
          });
        }
      });
    }),

    treaties: z.strictObject({
      ...entry,
      shortTitle: text(),
      kind: z.enum(['treaty', 'agreement', 'declaration', 'charter', 'decision', 'resolution', 'accords']),
      /** "not stated" where the sources name the parties but not whether others signed too. */
      scope: z.enum(['bilateral', 'multilateral', 'not stated']),
      signed: partialDate.optional(),
      place: text().optional(),
      /** False for the few agreements the sources name that Kyrgyzstan did not sign. */
      kyrgyzstanParty: z.boolean().default(true),
      /** The other parties (Kyrgyzstan is implied when kyrgyzstanParty is true). */
      parties: z.strictObject({
        countries: refs('countries'),
        organizations: refs('organizations'),
      }),
      /** The organization this treaty founded, if any. */
      establishes: ref('organizations').optional(),
      aliases: z.array(text()).default([]),
      priorities: refs('priorities'),
    }).superRefine((treaty, ctx) => {
      if (treaty.kyrgyzstanParty && treaty.signed && !notBeforeIndependence(treaty.signed)) {
        ctx.addIssue({ code: 'custom', path: ['signed'], input: treaty.signed, message: beforeIndependence(treaty.signed) });
      }
    }),

    organizations: z.strictObject({
      ...entry,
      /** The common acronym, also the URL slug in lower case (SCO → /organizations/sco/). */
      acronym: text(),
      /** Other names and acronyms (e.g. ШОС, ОДКБ, СНГ, the OIC's former name). */
      aliases: z.array(text()).default([]),
      kind: z.enum(['global', 'regional', 'security', 'economic', 'financial']),
      role: z.enum(['member', 'observer', 'partner', 'participant', 'not stated']),
      /** Since when Kyrgyzstan holds that role, where a source says. */
      since: stateDate.optional(),
      /** Countries with a relation page that the sources name as members or founders. */
      members: refs('countries'),
      treaties: refs('treaties'),
      priorities: refs('priorities'),
    }),

    priorities: z.strictObject({
      ...entry,
      /** Position in the list of priorities. */
      order: z.number().int().positive(),
      countries: refs('countries'),
      organizations: refs('organizations'),
      treaties: refs('treaties'),
    }),

    events: z.strictObject({
      ...entry,
      date: partialDate,
      kind: z.enum(EVENT_KINDS),
      countries: refs('countries'),
      organizations: refs('organizations'),
      treaties: refs('treaties'),
    }).superRefine((event, ctx) => {
      if (STATE_ACTS.has(event.kind) && !notBeforeIndependence(event.date)) {
        ctx.addIssue({ code: 'custom', path: ['date'], input: event.date, message: beforeIndependence(event.date) });
      }
    }),
  } satisfies Record<CollectionName, z.ZodType>;
}
