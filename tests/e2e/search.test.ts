/**
 * Site search in Chromium against the built dist/: the query table (names, acronyms, Russian
 * names, other spellings, dash pairs, misspellings, treaty subjects), the header box, the
 * /search/ page (filters, sort, URL state, keyboard), the XSS query, no-JS and the budgets.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { servedSite } from '../helpers/site.ts';
import { pages } from '../helpers/dist.ts';
import { dictionary, plural } from '../../src/lib/i18n.ts';

const site = servedSite();

const STATUS = /^\d+ ((dated )?results?|(датированн\S+ )?результат\S*) /;

/** Waits for a status matching `status`, then for the first page of results (up to ten), which appear one by one. */
async function settled(page: Page, status = STATUS): Promise<string> {
  await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('search-status')?.textContent ?? ''), status.source);
  await page.waitForFunction(() => {
    const total = Number(document.getElementById('search-status')!.textContent!.split(' ')[0]);
    return document.querySelectorAll('.search-result').length === Math.min(10, total);
  });
  return page.locator('#search-status').innerText();
}

/** Opens /search/ with a query string and waits for the announced count and the first page of results. */
async function openSearch(page: Page, query: string, lang = ''): Promise<string> {
  await page.goto(`${site.server.url}${lang}/search/${query}`);
  return settled(page);
}

const resultUrls = (page: Page) => page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** [query, URL expected, where]: "first", or anywhere in the "top 3". */
const TABLE: [string, string, 'first' | 'top 3'][] = [
  // English names, official names and acronyms
  ['CSTO', '/organizations/csto/', 'first'],
  ['Shanghai', '/organizations/sco/', 'first'],
  ['SCO', '/organizations/sco/', 'first'],
  ['CIS', '/organizations/cis/', 'first'],
  ['EurAsEC', '/organizations/eurasec/', 'first'],
  ['EAEU', '/organizations/eurasec/', 'first'],
  ['OIC', '/organizations/oic/', 'first'],
  ["People's Republic of China", '/relations/china/', 'first'],
  ['Russian Federation', '/relations/russia/', 'first'],
  ['Commonwealth of Independent States', '/organizations/cis/', 'first'],
  ['USA', '/relations/united-states/', 'first'],
  // Russian names and acronyms
  ['ОДКБ', '/organizations/csto/', 'first'],
  ['ШОС', '/organizations/sco/', 'first'],
  ['СНГ', '/organizations/cis/', 'first'],
  ['Китай', '/relations/china/', 'first'],
  ['Россия', '/relations/russia/', 'first'],
  // Other spellings
  ['Kirghizia', '/', 'first'],
  ['Kirgizstan', '/', 'first'],
  ['Kyrgyz Republic', '/', 'first'],
  ['Kazakstan', '/relations/kazakhstan/', 'first'],
  ['Türkiye', '/relations/turkey/', 'first'],
  // Pairs joined by an en dash or a hyphen
  ['Kyrgyzstan–China', '/relations/china/', 'first'],
  ['Kyrgyzstan–Russia', '/relations/russia/', 'first'],
  ['Kyrgyzstan-Russia', '/relations/russia/', 'first'],
  ['Kirgizia–China', '/relations/china/', 'first'],
  ['Kyrgyz Republic–China', '/relations/china/', 'first'],
  ['Kazakhstan–China', '/relations/china/', 'top 3'],
  ['Kazakhstan China', '/relations/kazakhstan/', 'top 3'],
  // Misspellings, one or two letters off
  ['Kyrgystan', '/', 'first'],
  ['Kazahkstan', '/relations/kazakhstan/', 'first'],
  ['Uzbekstan', '/relations/uzbekistan/', 'first'],
  ['Shangai', '/organizations/sco/', 'first'],
  ['Chnia', '/relations/china/', 'first'],
  // A word that matches nothing relevant must not lose the page the other words find
  ['Kant air base', '/organizations/csto/', 'top 3'],
  ['CSTO air base', '/organizations/csto/', 'top 3'],
  ['China border deal', '/treaties/china-border-agreement/', 'top 3'],
  ['SCO summit Bishkek', '/organizations/sco/', 'top 3'],
  ['eternal friendship pact Kazakhstan', '/treaties/kazakhstan-eternal-friendship-1997/', 'first'],
  // Treaty subjects
  ['border treaty', '/treaties/china-border-agreement/', 'top 3'],
  ['border', '/treaties/china-border-agreement/', 'top 3'],
  ['eternal friendship Kazakhstan', '/treaties/kazakhstan-eternal-friendship-1997/', 'first'],
  ['allied relations', '/treaties/kazakhstan-allied-relations-2003/', 'first'],
  ['good-neighbourliness', '/treaties/china-good-neighbourliness-2002/', 'first'],
];

/**
 * [query, URL expected, where] on /ru/search/: the Russian index (Russian stemming), Russian
 * names in several cases first, acronyms of Russian diplomatic usage, dash pairs in Cyrillic,
 * treaty subjects, years and a misspelling.
 */
const RUSSIAN_TABLE: [string, string, 'first' | 'top 3'][] = [
  // Names, in several cases
  ['Китай', '/ru/relations/china/', 'first'],
  ['Китаем', '/ru/relations/china/', 'first'],
  ['с Китаем', '/ru/relations/china/', 'first'],
  ['с Россией', '/ru/relations/russia/', 'first'],
  ['России', '/ru/relations/russia/', 'first'],
  ['Казахстана', '/ru/relations/kazakhstan/', 'first'],
  ['Узбекистаном', '/ru/relations/uzbekistan/', 'first'],
  ['Российская Федерация', '/ru/relations/russia/', 'first'],
  ['КНР', '/ru/relations/china/', 'first'],
  ['Кыргызская Республика', '/ru/', 'first'],
  ['Кыргызстан', '/ru/', 'first'],
  // Acronyms
  ['ШОС', '/ru/organizations/sco/', 'first'],
  ['ОДКБ', '/ru/organizations/csto/', 'first'],
  ['СНГ', '/ru/organizations/cis/', 'first'],
  ['ЕврАзЭС', '/ru/organizations/eurasec/', 'first'],
  ['ОБСЕ', '/ru/organizations/osce/', 'first'],
  ['ООН', '/ru/organizations/un/', 'first'],
  ['Шанхайская организация сотрудничества', '/ru/organizations/sco/', 'first'],
  // Dash pairs in Cyrillic, Kyrgyzstan's name declined or not
  ['Кыргызстан–Китай', '/ru/relations/china/', 'first'],
  ['Кыргызстан-Россия', '/ru/relations/russia/', 'first'],
  ['Кыргызстана–России', '/ru/relations/russia/', 'top 3'],
  ['Казахстан–Китай', '/ru/relations/china/', 'top 3'],
  // Treaty subjects and years
  ['договор о вечной дружбе', '/ru/treaties/kazakhstan-eternal-friendship-1997/', 'top 3'],
  ['вечная дружба Казахстан', '/ru/treaties/kazakhstan-eternal-friendship-1997/', 'top 3'],
  ['граница', '/ru/treaties/china-border-agreement/', 'top 3'],
  ['соглашение о границе', '/ru/treaties/china-border-agreement/', 'top 3'],
  ['добрососедство', '/ru/treaties/china-good-neighbourliness-2002/', 'top 3'],
  ['1992', '/ru/treaties/russia-friendship-1992/', 'first'],
  // A misspelling, one letter off
  ['Казахстн', '/ru/relations/kazakhstan/', 'first'],
];

describe('query table', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page.close());

  it.each(TABLE)('%j finds %s %s', async (query, url, where) => {
    await openSearch(page, `?q=${encodeURIComponent(query)}`);
    const urls = await resultUrls(page);
    if (where === 'first') expect(urls[0]).toBe(url);
    else expect(urls.slice(0, 3)).toContain(url);
  });

  it('says which query the results are for when it corrects a misspelling', async () => {
    expect(await openSearch(page, '?q=Kyrgystan')).toMatch(/results for “Kyrgyzstan”/);
    expect(await page.locator('#search-note').innerText()).toMatch(/No results for “Kyrgystan”\. Showing results for Kyrgyzstan/);
    expect(await page.locator('#search-note a').getAttribute('href')).toBe('/search/?q=Kyrgyzstan');
  });

  it.each([
    // Two letters from Greece, and the site has no France: never searched as Greece.
    ['Frence', /^0 results for “Frence”/],
    ['Frence China', /results for “Frence China”/],
  ])('does not silently replace %j', async (query, status) => {
    expect(await openSearch(page, `?q=${encodeURIComponent(query)}`)).toMatch(status);
    expect(await page.locator('#search-note').innerText()).not.toMatch(/Showing results for/);
  });

  it('offers "Did you mean" for a correction two letters off, without searching it', async () => {
    expect(await openSearch(page, '?q=Uzbkistn')).toMatch(/results? for “Uzbkistn”/);
    expect(await page.locator('#search-note').innerText()).toBe('Did you mean Uzbekistan?');
    expect(await page.locator('#search-note a').getAttribute('href')).toBe('/search/?q=Uzbekistan');
  });
});

/**
 * Every word a page has only inside a dash pair ("Tajikistan" in "Greece–Tajikistan"), found
 * by Pagefind on that page. Pagefind reads such pairs as one word, so this holds only through
 * the dash words BaseLayout gives it.
 */
function dashOnlyWords(): [string, string][] {
  const PAIR = /[\p{L}\p{N}]+(?:[\u2010-\u2015\u2212][\p{L}\p{N}]+)+/gu;
  return pages().flatMap((p) => {
    const main = p.root.querySelector('main[data-pagefind-body]');
    if (!main) return [];
    const text = main.innerHTML.replace(/<[^>]*>/g, ' ');
    const elsewhere = new Set(text.replace(PAIR, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu));
    const words = (text.match(PAIR) ?? []).flatMap((pair) => pair.split(/[\u2010-\u2015\u2212]/u));
    return [...new Set(words)].filter((w) => /^\p{L}{4,}$/u.test(w) && !elsewhere.has(w.toLowerCase())).map((w) => [p.url, w] as [string, string]);
  });
}

describe('Russian query table', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page.close());

  it.each(RUSSIAN_TABLE)('%j finds %s %s', async (query, url, where) => {
    await openSearch(page, `?q=${encodeURIComponent(query)}`, '/ru');
    const urls = await resultUrls(page);
    if (where === 'first') expect(urls[0]).toBe(url);
    else expect(urls.slice(0, 3)).toContain(url);
  });

  it('searches only the Russian pages, and the English page only the English ones', async () => {
    await openSearch(page, '?q=%D0%9A%D0%B8%D1%82%D0%B0%D0%B9', '/ru');
    expect((await resultUrls(page)).every((url) => url?.startsWith('/ru/'))).toBe(true);
    await openSearch(page, '?q=China');
    expect((await resultUrls(page)).some((url) => url?.startsWith('/ru/'))).toBe(false);
  });

  it('says the count in Russian, in the plural form the number needs, and corrects in Russian', async () => {
    expect(await openSearch(page, `?q=${encodeURIComponent('Казахстн')}`, '/ru')).toMatch(/^\d+ результат(а|ов)? по запросу «Казахстан»$/);
    expect(await page.locator('#search-note').innerText()).toBe('По запросу «Казахстн» ничего не найдено. Показаны результаты по запросу Казахстан.');
    expect(await page.locator('#search-note a').getAttribute('href')).toBe(`/ru/search/?q=${encodeURIComponent('Казахстан')}`);
    // Whatever the count, its word is in the form Russian needs for it (plural() is unit-tested on 1, 2, 5, 21, 22, 25).
    const status = await openSearch(page, `?q=${encodeURIComponent('ООН')}`, '/ru');
    expect(status).toBe(`${plural('ru', Number(status.split(' ')[0]), dictionary('ru').search.client.result)} по запросу «ООН»`);
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-badge').innerText()).toMatch(/организация/i);
  });

  it('an English query on a Russian page searches the Russian pages, and offers the English search when they have nothing', async () => {
    expect(await openSearch(page, '?q=CSTO', '/ru')).toBe('0 результатов по запросу «CSTO»');
    expect(await page.locator('#search-note a').innerText()).toBe('Искать «CSTO» в английской версии');
    expect(await page.locator('#search-note a').getAttribute('href')).toBe('/search/?q=CSTO');
    await page.click('#search-note a');
    await settled(page);
    expect((await resultUrls(page))[0]).toBe('/organizations/csto/');
    // The English page offers nothing of the kind.
    expect(await openSearch(page, '?q=Frence')).toMatch(/^0 results/);
    expect(await page.locator('#search-note').innerText()).not.toMatch(/English|английской/);
  });

  it('filters by type, region and decade with values in Russian, kept in the URL', async () => {
    const status = await openSearch(page, `?q=${encodeURIComponent('Казахстан')}&type=${encodeURIComponent('договор')}&decade=${encodeURIComponent('1990-е')}`, '/ru');
    expect(status).toMatch(/\(договор, 1990-е\)$/);
    expect(await page.locator('select[name="type"] option:checked').innerText()).toBe('Договор');
    const dated = await page.locator('.search-result time').evaluateAll((times) => times.map((t) => [t.getAttribute('datetime'), t.textContent]));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every(([d, text]) => d?.startsWith('199') && /\sг\.$/.test(text ?? ''))).toBe(true);
    await openSearch(page, `?region=${encodeURIComponent('Центральная Азия')}&type=${encodeURIComponent('договор')}&sort=date-asc`, '/ru');
    expect(await resultUrls(page)).toContain('/ru/treaties/kazakhstan-allied-relations-2003/');
  });

  it('the header box of a Russian page answers in Russian and leads to the Russian search page', async () => {
    const box = await site.browser.newPage();
    await box.goto(`${site.server.url}/ru/relations/`);
    await box.click('#site-search');
    await box.keyboard.type('ОДКБ');
    await box.waitForSelector('#site-search-listbox [role="option"]');
    expect(await box.locator('.search-popup-status').innerText()).toMatch(/^\d+ результат\S* по запросу «ОДКБ»\.$/);
    expect(await box.locator('#site-search-listbox').getAttribute('aria-label')).toBe('Результаты поиска');
    expect(await box.locator('#site-search-option-0').getAttribute('aria-label')).toBe('Организация Договора о коллективной безопасности, организация');
    expect(await box.locator('#site-search-option-all').innerText()).toMatch(/^Все \d+ результат\S* на странице поиска$/);
    expect(await box.locator('#site-search-option-all a').getAttribute('href')).toBe(`/ru/search/?q=${encodeURIComponent('ОДКБ')}`);
    await box.keyboard.press('Enter');
    await box.waitForURL(/\/ru\/search\/\?q=/);
    await box.close();
  });
});

describe('dash pairs', () => {
  const cases = dashOnlyWords();

  it('the site has words that only occur in dash pairs', () => {
    expect(cases.length).toBeGreaterThan(3);
  });

  it.each(cases)('%s is found by %j', async (url, word) => {
    const page = await site.browser.newPage();
    // The home page of the page's language: Pagefind searches the index of the page's lang.
    await page.goto(`${site.server.url}${/^\/[a-z]{2}\//.exec(url)?.[0] ?? '/'}`);
    // A string, so that Vitest leaves the browser's import() alone.
    const urls = await page.evaluate(`import('/pagefind/pagefind.js')
      .then((pagefind) => pagefind.search(${JSON.stringify(word)}))
      .then((search) => Promise.all(search.results.map((r) => r.data())))
      .then((data) => data.map((d) => d.url))`);
    expect(urls).toContain(url);
    await page.close();
  });
});

describe('results', () => {
  it('show a type badge, title, date, highlighted excerpt and section links', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, '?q=border');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-badge').innerText()).toMatch(/treaty/i);
    expect(await first.locator('.search-result-title a').innerText()).toMatch(/Border/);
    expect(await page.locator('.search-result time[datetime]').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    const sections = await page.locator('.search-subresults a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sections.some((href) => /#./.test(href ?? ''))).toBe(true);
    expect(await page.locator('#search-browse').isHidden()).toBe(true);
    await page.close();
  });

  it('load ten at a time', async () => {
    const page = await site.browser.newPage();
    const status = await openSearch(page, '?q=Kyrgyzstan');
    const total = Number(status.split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('.search-result').count()).toBe(10);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 20);
    await page.close();
  });
});

describe('excerpts', () => {
  it('keep the facts panel’s labels and values apart as words', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/`);
    // Pagefind's text of the page: glued up, "Official name" + "Republic of Türkiye" + "Region" was one word.
    const content = await page.evaluate(`import('/pagefind/pagefind.js').then((pagefind) =>
      pagefind.search('Türkiye').then((s) => s.results[0].data()).then((d) => d.url + ' ' + d.content))`);
    expect(content).toMatch(/^\/relations\/turkey\/ /);
    expect(content).toMatch(/Official name Republic of Türkiye Region Middle East/);
    // A fact the sources do not give is on many pages and is never what a reader searches for.
    expect(content).toMatch(/Recognised Kyrgyzstan 16 December 1991 Diplomatic relations/);
    const china = await page.evaluate(`import('/pagefind/pagefind.js').then((pagefind) =>
      pagefind.search('China').then((s) => Promise.all(s.results.map((r) => r.data()))).then((all) => all.find((d) => d.url === '/relations/china/').content))`);
    expect(china).toMatch(/Official name People's Republic of China Region East Asia Recognised Kyrgyzstan Diplomatic relations/);
    await page.close();
  });

  it('leave out boilerplate, and a note repeated on several pages does not outrank the page wanted', async () => {
    const page = await site.browser.newPage();
    for (const query of ['None named in the sources', 'At a glance', 'Editorial notes']) {
      await openSearch(page, `?q=${encodeURIComponent(query)}`);
      // /about/, /data/ and the index pages explain these words; entry pages only carry them.
      const found = await page.locator('.search-result').evaluateAll((items) =>
        items.map((item) => [item.querySelector('h2 a')!.getAttribute('href')!, (item as HTMLElement).innerText] as const),
      );
      const onEntries = found.filter(([url]) => /^\/(relations|treaties|organizations|priorities|timeline)\/[^/]+\/$/.test(url) && url !== '/timeline/type/');
      expect(onEntries.map(([, text]) => text).join(' '), query).not.toContain(query);
    }
    await openSearch(page, '?q=USA');
    expect((await resultUrls(page)).slice(0, 2)).not.toContain('/timeline/march-24-change-of-power/');
    await page.close();
  });
});

describe('speed', () => {
  it('the first result shows as soon as its fragment arrives, before the others', async () => {
    const context = await launchBrowser();
    const page = await context.newPage();
    let fragments = 0;
    // Every fragment but the first is held back for 4 s.
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (fragments++ > 0) await new Promise((done) => setTimeout(done, 4000));
      await route.continue();
    });
    await page.goto(`${site.server.url}/search/?q=border`);
    await page.waitForSelector('.search-result', { timeout: 3000 });
    expect(await page.locator('.search-result').count()).toBeLessThan(10);
    await context.close();
  });

  it.each([
    ['', 'csto', 'en'],
    ['/ru', 'ОДКБ', 'ru'],
  ])('on %s/search/ the index files of its language that a first search needs come with the page, each fetched once', async (prefix, query, lang) => {
    const context = await launchBrowser();
    const page = await context.newPage();
    await openSearch(page, `?q=${encodeURIComponent(query)}`, prefix);
    // A preload that Pagefind's own fetch() did not use would show as a second, "fetch" entry.
    const loads = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\/pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta|wasm\.)/.test(r.name))
        .map((r) => `${new URL(r.name).pathname.replace(/_[0-9a-f]+\./, '_<hash>.')} ${r.initiatorType}`),
    );
    expect(loads.sort()).toEqual(['/pagefind/pagefind-entry.json link', `/pagefind/pagefind.${lang}_<hash>.pf_meta link`, `/pagefind/wasm.${lang}.pagefind link`]);
    await context.close();
  });

  it('the index and its WebAssembly start loading when the header box gets focus', async () => {
    const context = await launchBrowser();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/treaties/`);
    const wasm = page.waitForRequest((request) => request.url().includes('/pagefind/wasm.'));
    await page.focus('#site-search');
    await wasm;
    expect(await page.locator('#site-search').inputValue()).toBe('');
    await context.close();
  });
});

describe('filters and sort', () => {
  it('narrow the results, are kept in the URL and survive a reload', async () => {
    const page = await site.browser.newPage();
    const all = Number((await openSearch(page, '?q=kazakhstan')).split(' ')[0]);
    const status = await openSearch(page, '?q=kazakhstan&type=treaty');
    const treaties = Number(status.split(' ')[0]);
    expect(treaties).toBeGreaterThan(0);
    expect(treaties).toBeLessThan(all);
    expect(status).toMatch(/\(treaty\)/);
    const badges = await page.locator('.search-badge').allInnerTexts();
    expect(badges.every((b) => /treaty/i.test(b))).toBe(true);
    expect(await page.locator('select[name="type"]').inputValue()).toBe('treaty');

    await page.selectOption('select[name="decade"]', '1990s');
    await page.waitForURL(/decade=1990s/);
    await settled(page, /1990s/);
    const url = page.url();
    expect(new URL(url).search).toBe('?q=kazakhstan&type=treaty&decade=1990s');
    const dated = await page.locator('.search-result time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((d) => d?.startsWith('199'))).toBe(true);

    await page.reload();
    await settled(page, /1990s/);
    expect(await page.locator('select[name="type"]').inputValue()).toBe('treaty');
    expect(await page.locator('select[name="decade"]').inputValue()).toBe('1990s');
    expect(await page.locator('#search-query').inputValue()).toBe('kazakhstan');
    expect(await page.locator('.search-result').count()).toBe(dated.length);
    await page.close();
  });

  it('filter by region without a query, and sort by date', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, '?region=Central+Asia&type=treaty&sort=date-asc');
    const dates = await page.locator('.search-result time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort());
    const urls = await resultUrls(page);
    expect(urls).toContain('/treaties/kazakhstan-allied-relations-2003/');
    expect(urls).not.toContain('/treaties/china-border-agreement/');
    await page.close();
  });
});

describe('keyboard', () => {
  it('"/" focuses the header box; arrows, Enter and Escape work in its results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/relations/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('csto');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    // The count says what it is for, in a live region outside the list that can be hidden.
    expect(await page.locator('.search-popup-status').innerText()).toMatch(/^\d+ results for “csto”\.$/);
    const live = page.locator('#site-search-status');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.textContent()).toBe(await page.locator('.search-popup-status').textContent());
    expect(await live.evaluate((node) => node.closest('[hidden]'))).toBeNull();
    expect(await page.locator('#site-search').getAttribute('aria-expanded')).toBe('true');
    // An option's accessible name keeps title, type and date apart.
    expect(await page.locator('#site-search-option-0').getAttribute('aria-label')).toBe('Collective Security Treaty Organization, organization');

    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#site-search').getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#site-search').getAttribute('aria-activedescendant')).toBe(active);

    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-popup').isHidden()).toBe(true);
    expect(await page.locator('#site-search').getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/organizations\/csto\/$/);
    await page.close();
  });

  it('once Escape has cleared the box, ArrowDown and Enter do not bring back the old results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/relations/`);
    await page.click('#site-search');
    await page.keyboard.type('csto');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search').inputValue()).toBe('');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#site-search-popup').isHidden()).toBe(true);
    expect(await page.locator('#site-search').getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=$/);
    await page.close();
  });

  it('Enter with no result selected opens the search page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/treaties/`);
    await page.click('#site-search');
    await page.keyboard.type('Kyrgyzstan–China');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Kyrgyzstan/);
    await page.waitForFunction(() => document.querySelector('.search-result-title a'));
    expect((await resultUrls(page))[0]).toBe('/relations/china/');
    await page.close();
  });

  it('on /search/ the arrows move through the results, Escape goes back, Enter opens', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, '?q=eternal+friendship');
    const urls = await resultUrls(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(urls[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(urls[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(urls[0]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${urls[1]}$`));
    await page.close();
  });

  it('typing on /search/ updates the results and the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    await page.fill('#search-query', 'ОДКБ');
    await page.waitForURL(/\?q=%D0%9E%D0%94%D0%9A%D0%91$/);
    await page.waitForFunction(() => /for “ОДКБ”/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect((await resultUrls(page))[0]).toBe('/organizations/csto/');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    await page.close();
  });
});

describe('the query is text, never HTML', () => {
  const XSS = '<img src=x onerror=alert(1)>';

  it('in the URL of /search/', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    const status = await openSearch(page, `?q=${encodeURIComponent(XSS)}`);
    expect(status).toContain(XSS);
    expect(await page.locator('#search-query').inputValue()).toBe(XSS);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('typed in the header box', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await page.goto(`${site.server.url}/`);
    await page.click('#site-search');
    await page.keyboard.type(`${XSS} china`);
    await page.waitForSelector('#site-search-listbox [role="option"]');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe("the site's Content-Security-Policy", () => {
  it('lets search run: no violation and no script error', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await openSearch(page, '?q=csto');
    await page.click('#site-search');
    await page.goto(`${site.server.url}/treaties/`);
    await page.click('#site-search');
    await page.keyboard.type('border');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  let noJs: BrowserContext;
  beforeAll(async () => {
    noJs = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(() => noJs.close());

  it('the header form reaches /search/, which says results need JavaScript and leads to the A–Z pages', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.server.url}/organizations/`);
    await page.fill('#site-search', 'border treaty');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=border\+treaty$/);
    expect(await page.locator('#search-browse').innerText()).toMatch(/Search results need JavaScript/);
    await page.click('#search-browse a[href="/search/a-z/k/"]');
    await page.waitForURL(/\/search\/a-z\/k\/$/);
    expect(await page.locator('h1').innerText()).toBe('Entries A–Z: K');
    const titles = await page.locator('.az a').allInnerTexts();
    expect(titles).toContain('Kazakhstan');
    expect(titles.every((t) => t.startsWith('K'))).toBe(true);
    await page.close();
  });

  it('the Russian search page leads to A–Z pages of Russian letters, with ASCII addresses', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.server.url}/ru/search/`);
    expect(await page.locator('#search-browse').innerText()).toMatch(/Для результатов поиска нужен JavaScript/);
    const letters = await page.locator('#search-browse nav a').allInnerTexts();
    expect(letters).toEqual(expect.arrayContaining(['А', 'К', 'Я']));
    await page.click('#search-browse a[href="/ru/search/a-z/k/"]');
    await page.waitForURL(/\/ru\/search\/a-z\/k\/$/);
    expect(await page.locator('h1').innerText()).toBe('Статьи от А до Я: К');
    const titles = await page.locator('.az a').allInnerTexts();
    expect(titles).toEqual(expect.arrayContaining(['Казахстан', 'Китай']));
    expect(titles.every((t) => t.startsWith('К'))).toBe(true);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'ru')));
    await page.close();
  });

  it('the query stays in the box while the search code loads, or if it cannot', async () => {
    const context = await launchBrowser();
    const page = await context.newPage();
    await page.route('**/search/client.js', (route) => route.abort());
    await page.goto(`${site.server.url}/search/?q=border+treaty`);
    expect(await page.locator('#search-query').inputValue()).toBe('border treaty');
    await context.close();
  });
});

describe('budget', () => {
  /** Bytes as a gzip-serving host would send them (Pagefind's own files are already compressed). */
  const gzipped = (body: Buffer) => Math.min(body.length, gzipSync(body, { level: 9 }).length);

  async function recordResponses(page: Page) {
    const seen: { url: string; raw: number; gzip: number; type: string }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (body) seen.push({ url: response.url().replace(site.server.url, ''), raw: body.length, gzip: gzipped(body), type: response.request().resourceType() });
    });
    return seen;
  }

  it('a content page ships only the loader and the copy buttons, under 1 KB gzip together, until the search box is used; one cold search stays ≤ 150 KB gzip', async () => {
    const context = await launchBrowser();
    const page = await context.newPage();
    const seen = await recordResponses(page);
    await page.goto(`${site.server.url}/relations/china/`);
    await page.waitForLoadState('networkidle');
    const scripts = seen.filter((r) => r.type === 'script');
    expect(scripts.map((r) => r.url).sort()).toEqual(['/cite/copy.js', '/search/loader.js']);
    const js = scripts.reduce((sum, r) => sum + r.gzip, 0);
    expect(js).toBeLessThanOrEqual(1024);
    expect(seen.some((r) => r.url.startsWith('/pagefind/') || r.url.startsWith('/search/client'))).toBe(false);

    const before = seen.length;
    await page.click('#site-search');
    await page.keyboard.type('csto');
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await page.waitForLoadState('networkidle');
    const search = seen.slice(before);
    const total = search.reduce((sum, r) => sum + r.gzip, 0);
    console.log(`scripts before search ${js} B gzip (${scripts.map((r) => `${r.url} ${r.raw} B raw`).join(', ')}); cold search from a content page: ${(total / 1024).toFixed(1)} KB gzip in ${search.length} files`);
    expect(search.some((r) => r.url.startsWith('/pagefind/wasm'))).toBe(true);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    await context.close();
  });

  it('a cold /search/?q= page, HTML and styles included, stays ≤ 150 KB gzip', async () => {
    const context = await launchBrowser();
    const page = await context.newPage();
    const seen = await recordResponses(page);
    await openSearch(page, '?q=csto');
    await page.waitForLoadState('networkidle');
    const total = seen.reduce((sum, r) => sum + r.gzip, 0);
    console.log(`cold /search/?q=csto: ${(total / 1024).toFixed(1)} KB gzip in ${seen.length} files`);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    await context.close();
  });
});
