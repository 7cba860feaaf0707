/** Serves dist/ and opens Chromium for the tests of one file, closing both afterwards. */
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';
import { TRANSLATION_LOCALES } from '../../src/lib/i18n.ts';
import { localePath } from '../../src/lib/urls.ts';

export interface ServedSite {
  server: StaticServer;
  browser: BrowserContext;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled in before the tests run. */
export function servedSite(options: { javaScriptEnabled?: boolean } = {}): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** One page of each type: home, every index, one entry of each collection, timeline views, search, 404. */
export const PAGE_TYPES = [
  '/',
  '/priorities/',
  '/relations/',
  '/treaties/',
  '/organizations/',
  '/timeline/',
  '/timeline/type/treaty/',
  '/sources/',
  '/about/',
  '/data/',
  '/search/',
  '/relations/japan/',
  '/treaties/kazakhstan-allied-relations-2003/',
  '/organizations/cis/',
  '/priorities/central-asian-neighbours/',
  '/timeline/un-membership/',
  '/sources/school-textbook/',
  '/no-such-page/',
];

/**
 * The same page types in every other language (/ru/…). The 404 page is one page for every
 * language, so it is left out here.
 */
export const TRANSLATED_PAGE_TYPES = TRANSLATION_LOCALES.flatMap((locale) =>
  PAGE_TYPES.filter((path) => path !== '/no-such-page/').map((path) => localePath(locale, path)),
);
