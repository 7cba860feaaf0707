/** Page behaviour in Chromium: full content without JavaScript, and nothing fetched from other origins. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, TRANSLATED_PAGE_TYPES, servedSite } from '../helpers/site.ts';
import { LOCALES, dictionary } from '../../src/lib/i18n.ts';
import { splitLocale } from '../../src/lib/urls.ts';

/** The dictionary of the language a path is in. */
const t = (path: string) => dictionary(splitLocale(path, LOCALES).locale);
/** A query that finds something in each language's search index. */
const QUERY = { en: 'kazakhstan', ru: 'Казахстан' } as Record<string, string>;

const plain = servedSite({ javaScriptEnabled: false });
const scripted = servedSite();

describe('without JavaScript', () => {
  it.each([...PAGE_TYPES, ...TRANSLATED_PAGE_TYPES])('%s shows its heading, content and navigation, and requests nothing from other origins', async (path) => {
    const page = await plain.browser.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(plain.server.url)) foreign.push(request.url());
    });
    const response = await page.goto(plain.server.url + path);
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').innerText()).length).toBeGreaterThan(2);
    expect(await page.locator(`nav[aria-label="${t(path).site.sectionsNav}"] a`).count()).toBeGreaterThanOrEqual(7);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(80);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it.each(['/', '/priorities/', '/relations/', '/treaties/', '/organizations/', '/timeline/', '/timeline/type/treaty/'])(
    '%s, a listing of facts, says which sources they come from',
    async (path) => {
      const page = await plain.browser.newPage();
      await page.goto(plain.server.url + path);
      const note = page.locator('main p', { hasText: 'Where these facts come from' });
      expect(await note.count()).toBe(1);
      expect(await note.locator('a[href^="/sources/"]').count()).toBeGreaterThanOrEqual(1);
      await page.close();
    },
  );

  it('the header search form reaches /search/ with the query', async () => {
    const page = await plain.browser.newPage();
    await page.goto(plain.server.url + '/relations/');
    await page.fill('#site-search', 'CSTO');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=CSTO/);
    expect(await page.locator('h1').innerText()).toMatch(/Search/);
    await page.close();
  });
});

describe('under the Content-Security-Policy', () => {
  it.each([...PAGE_TYPES, ...TRANSLATED_PAGE_TYPES])('%s loads with no CSP violation and no request to another origin', async (path) => {
    const page = await scripted.browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(scripted.server.url)) problems.push(`request to ${r.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(scripted.server.url + path);
    // Search once, so the lazily loaded search code runs under the policy too: the page's own
    // form on /search/, the header box with its result list everywhere else.
    const query = QUERY[t(path).meta.lang];
    if (splitLocale(path, LOCALES).path === '/search/') {
      await page.fill('#search-query', query);
      await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    } else {
      await page.fill('#site-search', query);
      await page.locator('#site-search-listbox [role="option"]').first().waitFor();
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('framed by another site', () => {
  it('the headers of dist/_headers make the browser refuse to show a page in a cross-origin frame', async () => {
    // Another origin (another port) whose page frames the site.
    const framing = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Other site</title><iframe src="${scripted.server.url}/relations/japan/"></iframe>`);
    });
    await new Promise<void>((done) => framing.listen(0, '127.0.0.1', done));
    const { port } = framing.address() as AddressInfo;
    const page = await scripted.browser.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors|Refused to (display|frame)/i.test(m.text())) refused.push(m.text());
    });
    const response = await page.request.get(`${scripted.server.url}/relations/japan/`);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.goto(`http://localhost:${port}/`);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    // Chromium shows its own "127.0.0.1 is blocked" page in place of the site's.
    await expect.poll(() => frame.url()).toBe('chrome-error://chromewebdata/');
    expect(await frame.locator('body').innerText()).not.toContain('Japan');
    await page.close();
    framing.closeAllConnections();
    await new Promise((done) => framing.close(done));
  });
});
