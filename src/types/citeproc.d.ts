/** The one part of citeproc-js (no types of its own) used directly: its title-casing (src/lib/citation.ts). */
declare module 'citeproc' {
  const CSL: { Output: { Formatters: { title(state: unknown, text: string): string } } };
  export default CSL;
}
