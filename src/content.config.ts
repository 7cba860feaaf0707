/**
 * Every collection of the site. The schemas themselves live in src/lib/schema.ts so that the
 * integrity check can validate the same model before Astro starts; here they are wired to
 * Astro's `reference()` and to the content folder (CONTENT_DIR, default ./content).
 *
 * Translations (content/<lang>/<collection>/<id>.md) are one collection of their own, with ids
 * such as "ru/countries/china"; the content check has already held each one to its English
 * entry, and src/data.ts lays them over it.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { schemas } from './lib/schema.ts';
import { contentRoot } from './lib/paths.ts';

const schema = schemas((collection) => reference(collection));
// No page reads an entry's Markdown source (pages render the stored HTML): leaving it out of the
// content store keeps the store, the bundle made from it and the build's memory smaller.
const files = (name: string) => glob({ pattern: '*.{md,mdx}', base: `${contentRoot()}/${name}`, retainBody: false });

export const collections = {
  sources: defineCollection({ loader: files('sources'), schema: schema.sources }),
  countries: defineCollection({ loader: files('countries'), schema: schema.countries }),
  treaties: defineCollection({ loader: files('treaties'), schema: schema.treaties }),
  organizations: defineCollection({ loader: files('organizations'), schema: schema.organizations }),
  priorities: defineCollection({ loader: files('priorities'), schema: schema.priorities }),
  events: defineCollection({ loader: files('events'), schema: schema.events }),
  translations: defineCollection({
    // Only translations lie three folders deep (the check refuses sub-folders in a collection).
    loader: glob({ pattern: '*/*/*.{md,mdx}', base: contentRoot(), retainBody: false }),
    // A country's translation may leave its name to Intl (src/lib/localize.ts); the content check says which may.
    schema: z.looseObject({ title: z.string().optional() }),
  }),
};
