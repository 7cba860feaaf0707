/**
 * The data model: one zod schema per collection. The schemas take a `ref` function so that
 * the same definitions serve Astro (`reference()` in src/content.config.ts) and the
 * integrity check (src/lib/integrity.ts), which validates references itself so it can
 * report every problem at once.
 */
import { z } from 'astro/zod';
import { isPartialDate } from './dates.ts';

export const COLLECTIONS = [
  'sources',
  'countries',
  'treaties',
  'organizations',
  'priorities',
  'events',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];


/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, quoted in YAML, and a real calendar date. */
export const partialDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date || typeof issue.input === 'number'
        ? 'a date must be a quoted string such as "1992-03-18" (YAML read it as a date or number)'
        : 'expected a date string',
  })
  .refine(isPartialDate, {
    error: (issue) => `"${issue.input}" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD`,
  });

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

/**
 * All collection schemas. `ref(collection)` builds the schema of a reference to an entry of
 * that collection: Astro's `reference()` for the site, a checking string for the integrity check.
 */
export function schemas<R extends z.ZodType>(ref: (collection: CollectionName) => R) {
  /** A citation: which source, and where in it. */
  const citation = z.strictObject({
    source: ref('sources'),
    /** Where in the source the fact is, e.g. "bilateral table, Japan row, ref. 24". */
    locator: z.string().min(1),
  });

  /** A visible editorial note: a corrected source fault, or sources that disagree. */
  const note = z.strictObject({
    kind: z.enum(['correction', 'disagreement']),
    /** What the source(s) said, and what the site concludes (or that it cannot tell). */
    text: z.string().min(1),
    sources: z.array(citation).min(1),
  });

  const refs = (collection: CollectionName) => z.array(ref(collection)).default([]);

  /** Fields every entry except a source has. */
  const entry = {
    /** The entry's display name (a country's English short name, a treaty's title…). */
    title: z.string().min(1),
    /** One or two sentences, used on index pages, in search results and as the description. */
    summary: z.string().min(1),
    /** Where the entry's facts come from; at least one. */
    sources: z.array(citation).min(1, { error: 'every entry needs at least one source' }),
    notes: z.array(note).default([]),
    /**
     * Ids the entry was published under before a rename; each old URL keeps working as a
     * redirect to the current one (see src/lib/redirects.ts).
     */
    formerIds: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a former id is a lower-case kebab-case file name without extension' })).default([]),
  };

  return {
    sources: z.strictObject({
      title: z.string().min(1),
      /** How to cite the source on the site. */
      citeAs: z.string().min(1),
      kind: z.enum(['embassy page', 'essay', 'textbook', 'encyclopedia snapshot', 'analysis']),
      /** What the source covers, in a sentence. */
      covers: z.string().min(1),
      /** The file name of the text in shared/seeds. */
      file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
      order: z.number().int(),
    }),

    countries: z.strictObject({
      ...entry,
      /** Official name, e.g. "People's Republic of China". */
      officialName: z.string().min(1),
      iso2: z.string().regex(/^[A-Z]{2}$/),
      iso3: z.string().regex(/^[A-Z]{3}$/),
      /** ISO 3166 numeric code, which matches the world atlas used by the map. */
      isoNumeric: z.string().regex(/^\d{3}$/),
      region: z.enum(REGIONS),
      /** Other names and spellings, including Russian ones, used by search. */
      aliases: z.array(z.string().min(1)).default([]),
      /** When this country recognised Kyrgyzstan's independence, where a source says. */
      recognised: partialDate.optional(),
      /** When diplomatic relations were established, where a source says. */
      relationsEstablished: partialDate.optional(),
      /** Embassies and accreditation in either direction. */
      representation: z
        .array(
          z.strictObject({
            /** Whose mission it is. */
            by: z.enum(['kyrgyzstan', 'partner']),
            kind: z.enum(['embassy', 'accredited from abroad', 'non-resident ambassador', 'consular', 'mission']),
            /** Where the mission sits, e.g. "Bishkek" or "Almaty, Kazakhstan". */
            place: z.string().min(1),
            since: partialDate.optional(),
          }),
        )
        .default([]),
      priorities: refs('priorities'),
    }),

    treaties: z.strictObject({
      ...entry,
      shortTitle: z.string().min(1),
      kind: z.enum(['treaty', 'agreement', 'declaration', 'charter', 'decision', 'resolution', 'accords']),
      /** "not stated" where the sources name the parties but not whether others signed too. */
      scope: z.enum(['bilateral', 'multilateral', 'not stated']),
      signed: partialDate.optional(),
      place: z.string().min(1).optional(),
      /** False for the few agreements the sources name that Kyrgyzstan did not sign. */
      kyrgyzstanParty: z.boolean().default(true),
      /** The other parties (Kyrgyzstan is implied when kyrgyzstanParty is true). */
      parties: z.strictObject({
        countries: refs('countries'),
        organizations: refs('organizations'),
      }),
      /** The organization this treaty founded, if any. */
      establishes: ref('organizations').optional(),
      aliases: z.array(z.string().min(1)).default([]),
      priorities: refs('priorities'),
    }),

    organizations: z.strictObject({
      ...entry,
      /** The common acronym, also the URL slug in lower case (SCO → /organizations/sco/). */
      acronym: z.string().min(1),
      /** Other names and acronyms (e.g. ШОС, ОДКБ, СНГ, the OIC's former name). */
      aliases: z.array(z.string().min(1)).default([]),
      kind: z.enum(['global', 'regional', 'security', 'economic', 'financial']),
      role: z.enum(['member', 'observer', 'partner', 'participant', 'not stated']),
      /** Since when Kyrgyzstan holds that role, where a source says. */
      since: partialDate.optional(),
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
    }),
  } satisfies Record<CollectionName, z.ZodType>;
}
