/**
 * The components an MDX entry may use, by name, with how to write each and what each attribute
 * must hold. MDX bodies get them from the page (src/components/mdx.ts), so they need no import;
 * the content check rejects any other component, any import or export, any JavaScript in `{ }`
 * (it would run at build time with the builder's rights) and any attribute value the component
 * could not render, so that a bad value fails the check instead of the build.
 */
import { partialDate } from './schema.ts';
import { DEFAULT_LOCALE, entryUrl } from './urls.ts';

/** Checks one attribute value; returns what is wrong, or undefined. `pageExists` knows every page. */
export type AttributeCheck = (value: string, pageExists: (path: string) => boolean) => string | undefined;

interface MdxComponent {
  example: string;
  /** Every attribute the component takes; all are required. */
  attributes: Record<string, AttributeCheck>;
}

export const MDX_COMPONENTS = {
  PartialDate: {
    example: '<PartialDate date="1992-03-18" />',
    attributes: {
      date: (value) => (partialDate.safeParse(value).success ? undefined : `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`),
    },
  },
  SourceName: {
    example: '<SourceName id="school-textbook" />',
    attributes: {
      id: (value, pageExists) => (pageExists(entryUrl('sources', value, DEFAULT_LOCALE)) ? undefined : `"${value}" is not the id of a source`),
    },
  },
} satisfies Record<string, MdxComponent>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
