/** The parts of citation-js (and its engine, citeproc-js) this site uses; the packages ship no type declarations. */
declare module '@citation-js/core' {
  /** A CSL-JSON item. */
  type Item = Record<string, any>;
  export class Cite {
    /** Parses any supported input (BibTeX, RIS, CSL-JSON…) into CSL-JSON items. */
    static async(input: unknown): Promise<Cite>;
    data: Item[];
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): {
        styles: { add(name: string, xml: string): void };
        /** The citeproc-js engine of a style and locale (cached by citation-js), for the given items and output format. */
        engine(items: Item[], style: string, lang: string, format: string): unknown;
      };
      get(plugin: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
    };
    output: { format(format: string, items: Item[], options?: Record<string, unknown>): string };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
/** The one part of citeproc-js (citation-js's engine) used directly: its title case, in src/lib/citation.ts. */
declare module 'citeproc' {
  const CSL: { Output: { Formatters: { title(state: unknown, text: string): string } } };
  export default CSL;
}
