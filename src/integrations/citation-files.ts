/**
 * Writes the citation files of a build in one pass. An entry page has three (BibTeX, RIS,
 * CSL-JSON); as routes of their own each would cost Astro's per-route work, more than making
 * the file. A build renders them as one bundle per language instead
 * (src/pages/[...lang]/cite/_citation-files.ts); this splits each bundle into its files and
 * removes it. `astro dev` serves each file from its own route and never sees a bundle.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../lib/i18n.ts';
import { citationBundleUrl } from '../lib/urls.ts';

/** Splits each language's bundle in `out` into its files; returns how many were written. */
export function writeCitationFiles(out: string): number {
  let written = 0;
  for (const bundle of LOCALES.map((locale) => join(out, citationBundleUrl(locale))).filter((path) => existsSync(path))) {
    const files = Object.entries(JSON.parse(readFileSync(bundle, 'utf8')) as Record<string, string>).map(([url, text]) => [join(out, url), text]);
    for (const dir of new Set(files.map(([path]) => dirname(path)))) mkdirSync(dir, { recursive: true });
    // One at a time: on this kind of disk, thousands of small writes at once are slower, not faster.
    for (const [path, text] of files) writeFileSync(path, text);
    rmSync(bundle);
    written += files.length;
  }
  return written;
}

export default function citationFiles(): AstroIntegration {
  return {
    name: 'citation-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${writeCitationFiles(fileURLToPath(dir))} citation files written`);
      },
    },
  };
}
