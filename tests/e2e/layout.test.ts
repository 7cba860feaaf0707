/**
 * What a reader sees, at a phone and a desktop width: nothing cut off, nothing hidden shown,
 * no raw ids as text, a focus ring that stands out. Each check reports every offender at once.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, TRANSLATED_PAGE_TYPES, servedSite } from '../helpers/site.ts';

const site = servedSite();
const WIDTHS = [360, 1280];

/** Runs in the page: elements sticking out of the viewport unless a scroll container holds them. */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    let scroller = el.parentElement;
    while (scroller && !/(auto|scroll|hidden)/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
    if (scroller && scroller !== document.body && scroller !== document.documentElement) continue;
    out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} right edge ${Math.round(box.right)} px`);
  }
  return out.slice(0, 5);
}

/** Runs in the page: elements with the hidden attribute that still take up space. */
function shownHidden(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[hidden]')]
    .filter((el) => getComputedStyle(el).display !== 'none')
    .map((el) => el.outerHTML.slice(0, 80));
}

describe.each(WIDTHS)('at %i px', (width) => {
  // Every language: Russian words are longer, and a long one widened the search filters.
  it.each([...PAGE_TYPES, ...TRANSLATED_PAGE_TYPES])('%s: nothing wider than the screen, no hidden element shown, no raw id in the text', async (path) => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(site.server.url + path);
    expect(await page.evaluate(overflowing)).toEqual([]);
    expect(await page.evaluate(shownHidden)).toEqual([]);
    const text = await page.locator('body').innerText();
    expect(text.match(/\b(?:decade|year|citing|event)-[\w-]+\b/g) ?? []).toEqual([]);
    await page.close();
  });
});

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(['light', 'dark'] as const)('focus ring in the %s scheme', (colorScheme) => {
  it('contrasts at least 3:1 with the background behind a header link and a body link', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(site.server.url + '/relations/japan/');
    const ratios: Record<string, number> = {};
    for (const selector of ['header nav a', 'main p a']) {
      const link = page.locator(selector).first();
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const { outline, background } = await link.evaluate((el) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let n: Element | null = el; n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
        return { outline: getComputedStyle(el).outlineColor, background: bg };
      });
      ratios[selector] = Math.round(contrast(outline, background) * 10) / 10;
    }
    expect(Object.values(ratios).every((r) => r >= 3), JSON.stringify(ratios)).toBe(true);
    await page.close();
  });
});

describe('header on a phone', () => {
  it('takes at most 110 px and its menu opens to every section', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(site.server.url + '/relations/japan/');
    expect((await page.locator('header').boundingBox())?.height).toBeLessThanOrEqual(110);
    await page.getByText('Menu', { exact: true }).click();
    const visible = await page.locator('nav[aria-label="Sections menu"] a').evaluateAll((links) =>
      links.filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.textContent),
    );
    expect(visible.length).toBeGreaterThanOrEqual(7);
    await page.close();
  });
});

const ENTRY_PAGES = PAGE_TYPES.filter((path) => /^\/(relations|treaties|organizations|priorities|timeline)\/[a-z0-9-]+\/$/.test(path));

describe('entry pages', () => {
  it.each(ENTRY_PAGES)('%s: every h2 links to itself, and the link shows on keyboard focus', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + path);
    const missing = await page.locator('main h2').evaluateAll((hs) =>
      hs.filter((h) => !h.id || h.querySelector(`a.self-link[href="#${h.id}"]`) === null).map((h) => h.textContent),
    );
    expect(missing).toEqual([]);
    const link = page.locator('main h2 a.self-link').first();
    await link.focus();
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.close();
  });

  it('/relations/china/ starts its text on the first screen at 1280×900, with the panel and contents beside it', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.server.url + '/relations/china/');
    const first = await page.locator('main .prose > p').first().boundingBox();
    expect(first!.y).toBeLessThan(900);
    const panel = await page.locator('main .facts').boundingBox();
    expect(panel!.x).toBeGreaterThan(first!.x + first!.width);
    // Scrolled to the end, the contents list is still on screen (sticky).
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const toc = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    expect(toc!.y).toBeGreaterThanOrEqual(0);
    expect(toc!.y).toBeLessThan(900);
    await page.close();
  });

  it('on a phone the contents list is collapsed above the panel and opens with a tap (a plain <details>)', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(site.server.url + '/relations/china/');
    const toc = page.locator('main details.toc ol');
    expect(await toc.isVisible()).toBe(false);
    const summary = await page.locator('main details.toc').boundingBox();
    expect(summary!.y).toBeLessThan((await page.locator('main .facts').boundingBox())!.y);
    await page.getByText(/^On this page \(\d+ sections\)$/).click();
    expect(await toc.isVisible()).toBe(true);
    expect(await toc.getByRole('link').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('relations map on a phone', () => {
  it('the Central Asia inset gives every country link a target of at least 24×24 px', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(site.server.url + '/relations/');
    const links = await page.locator('svg.inset a').evaluateAll((as) =>
      as.map((a) => {
        const box = a.getBoundingClientRect();
        return { name: a.getAttribute('aria-label'), width: Math.round(box.width), height: Math.round(box.height) };
      }),
    );
    expect(links.map((l) => l.name)).toEqual(expect.arrayContaining(['Kazakhstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'China']));
    expect(links.filter((l) => l.width < 24 || l.height < 24)).toEqual([]);
    await page.close();
  });

  it('every country on the world map also has a link of at least 24×24 px in the inset or the table', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(site.server.url + '/relations/');
    const unreachable = await page.evaluate(() => {
      const big = new Set(
        [...document.querySelectorAll<Element>('svg.inset a, table a')]
          .filter((a) => a.getBoundingClientRect().width >= 24 && a.getBoundingClientRect().height >= 24)
          .map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
      );
      return [...document.querySelectorAll('svg.world a')].map((a) => a.getAttribute('href')!).filter((href) => !big.has(href));
    });
    expect(unreachable).toEqual([]);
    await page.close();
  });
});

describe('facts panel', () => {
  it('puts an empty list right under its label, like any other value', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + '/relations/south-africa/');
    // Gap between each <dt> and the first line of its <dd>: "Region" has a plain value, "Treaties" an empty list.
    const gaps = await page.locator('dt').evaluateAll((terms) =>
      Object.fromEntries(terms.map((dt) => {
        const dd = dt.nextElementSibling!;
        const text = dd.querySelector('p, li, a') ?? dd;
        return [dt.textContent!.trim(), Math.round(text.getBoundingClientRect().top - dt.getBoundingClientRect().bottom)];
      })),
    );
    expect(Math.abs(gaps['Treaties'] - gaps['Region']), JSON.stringify(gaps)).toBeLessThanOrEqual(2);
    await page.close();
  });
});
