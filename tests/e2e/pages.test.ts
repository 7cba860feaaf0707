/** Page behaviour in Chromium: full content without JavaScript, and nothing fetched from other origins. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

/** One page of each type. */
export const PAGE_TYPES = [
  '/',
  '/priorities/',
  '/relations/',
  '/treaties/',
  '/organizations/',
  '/timeline/',
  '/sources/',
  '/about/',
  '/data/',
  '/search/',
  '/relations/kazakhstan/',
  '/treaties/kazakhstan-allied-relations-2003/',
  '/organizations/cis/',
  '/priorities/central-asian-neighbours/',
  '/sources/school-textbook/',
  '/no-such-page/',
];

let server: StaticServer;
let noJs: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  noJs = await launchBrowser({ javaScriptEnabled: false });
});

afterAll(async () => {
  await noJs?.close();
  await server?.close();
});

describe('without JavaScript', () => {
  it.each(PAGE_TYPES)('%s shows its heading, content and navigation, and requests nothing from other origins', async (path) => {
    const page = await noJs.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) foreign.push(request.url());
    });
    const response = await page.goto(server.url + path);
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').innerText()).length).toBeGreaterThan(2);
    expect(await page.locator('nav[aria-label="Sections"] a').count()).toBeGreaterThanOrEqual(7);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(80);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('the header search form reaches /search/ with the query', async () => {
    const page = await noJs.newPage();
    await page.goto(server.url + '/relations/');
    await page.fill('#site-search', 'CSTO');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=CSTO/);
    expect(await page.locator('h1').innerText()).toMatch(/Search/);
    await page.close();
  });
});
