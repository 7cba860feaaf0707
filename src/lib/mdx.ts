/**
 * The components an MDX entry may use, by name, with how to write each. MDX bodies get them
 * from the page (src/components/mdx.ts), so they need no import; the content check rejects any
 * other component, any import or export, and any JavaScript in `{ }`, which would run at build
 * time with the builder's rights.
 */
export const MDX_COMPONENTS = {
  PartialDate: '<PartialDate date="1992-03-18" />',
  SourceName: '<SourceName id="school-textbook" />',
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
