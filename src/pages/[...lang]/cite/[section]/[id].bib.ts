/** One entry page's citation file in this format, under `astro dev` (see ../_citation-files.ts). */
import { fileRoute } from '../_citation-files.ts';

export const { getStaticPaths, GET } = fileRoute('bib');
