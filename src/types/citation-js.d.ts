/** The parts of citation-js this site uses; the packages ship no type declarations. */
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
      get(plugin: '@csl'): { styles: { add(name: string, xml: string): void } };
      get(plugin: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
    };
    output: { format(format: string, items: Item[], options?: Record<string, unknown>): string };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
