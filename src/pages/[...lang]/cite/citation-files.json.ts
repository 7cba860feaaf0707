/** Every citation file of a language in one response, split into files after the build (see _citation-files.ts). */
import { bundleRoute } from './_citation-files.ts';

export const { getStaticPaths, GET } = bundleRoute;
