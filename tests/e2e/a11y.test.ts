/** Accessibility in Chromium: axe-core finds no violations on any page type; keyboard basics work. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, TRANSLATED_PAGE_TYPES, servedSite } from '../helpers/site.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page type in every language, plus other entries of each kind and a search with results. */
const PAGES = [
  ...PAGE_TYPES,
  '/treaties/eurasec-treaty-2000/',
  '/organizations/csto/',
  '/priorities/multi-vector/',
  '/sources/wikipedia-foreign-relations/',
  '/search/?q=csto',
  ...TRANSLATED_PAGE_TYPES,
  '/ru/search/?q=ОДКБ',
];

const site = servedSite();

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (colorScheme) => {
  it.each(PAGES)('%s has no violations', async (path) => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(site.server.url + path);
    // With a query, wait until the results and their announced count are on the page.
    if (path.includes('?q=')) await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    // Evaluated through the DevTools protocol, so the page's CSP does not block it.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + '/relations/japan/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, href: el.getAttribute('href'), visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: 'Skip to content', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await page.close();
  });

  it('every link and control can be reached by Tab and shows a focus outline', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + '/treaties/eurasec-treaty-2000/');
    const total = await page.locator('a[href]:visible, button:visible, input:visible, select:visible, textarea:visible').count();
    const reached = new Set<string>();
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return null;
        const style = getComputedStyle(el);
        return { key: el.outerHTML.slice(0, 120) + el.getBoundingClientRect().top, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (info === null) break; // past the last element
      expect(info.outline, info.key).toBe(true);
      reached.add(info.key);
    }
    expect(reached.size).toBeGreaterThanOrEqual(total);
    await page.close();
  });
});
