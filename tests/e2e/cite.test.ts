/** The cite block in Chromium: selectable text without JavaScript, working Copy buttons with it. */
import { describe, expect, it } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const plain = servedSite({ javaScriptEnabled: false });
const scripted = servedSite();
const PATH = '/relations/china/';

describe('cite block', () => {
  it('without JavaScript shows the citations and no Copy button', async () => {
    const page = await plain.browser.newPage();
    await page.goto(plain.server.url + PATH);
    expect(await page.locator('#cite-apa').innerText()).toContain('Kyrgyzstan–China relations');
    expect(await page.locator('.cite button').count()).toBe(3);
    expect(await page.locator('.cite button:visible').count()).toBe(0);
    await page.close();
  });

  it('with JavaScript, Copy puts the citation’s text on the clipboard and says so', async () => {
    await scripted.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: scripted.server.url });
    const page = await scripted.browser.newPage();
    await page.goto(scripted.server.url + PATH);
    await page.locator('[data-copy="cite-mla"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-mla').innerText()).trim());
    expect(copied).toMatch(/^“Kyrgyzstan–China Relations\.” Kyrgyzstan Foreign Policy Reference, version [0-9a-f]+, \d+ \w+\.? \d{4}, https:\/\/\S+\/relations\/china\/\.$/);
    expect(await page.locator('[data-copy="cite-mla"]').innerText()).toBe('Copied');
    expect(await page.locator('[data-copy-status]').textContent()).toBe('Citation copied');
    await page.close();
  });

  it('on a Russian page, ГОСТ comes first and Copy speaks Russian', async () => {
    await scripted.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: scripted.server.url });
    const page = await scripted.browser.newPage();
    await page.goto(`${scripted.server.url}/ru${PATH}`);
    expect(await page.locator('.cite dt').allInnerTexts()).toEqual(['ГОСТ Р 7.0.100-2018\nКопировать', 'APA (7-е изд.)\nКопировать', 'Chicago (17-е изд.)\nКопировать', 'MLA (9-е изд.)\nКопировать']);
    await page.locator('[data-copy="cite-gost"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-gost').innerText()).trim());
    expect(copied).toMatch(/^Отношения Кыргызстан–Китай\.\s— Текст : электронный \/\/ .+ \(дата обращения: \d\d\.\d\d\.\d{4}\)\.$/);
    expect(await page.locator('[data-copy="cite-gost"]').innerText()).toBe('Скопировано');
    expect(await page.locator('[data-copy-status]').textContent()).toBe('Ссылка скопирована');
    await page.close();
  });

  it('on a phone, the Copy buttons leave each citation the full width of the block', async () => {
    const page = await scripted.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(scripted.server.url + PATH);
    const block = (await page.locator('.cite').boundingBox())!;
    for (const id of ['apa', 'chicago', 'mla']) {
      expect(await page.locator(`[data-copy="cite-${id}"]`).isVisible()).toBe(true);
      expect((await page.locator(`#cite-${id}`).boundingBox())!.width, id).toBeGreaterThanOrEqual(block.width - 1);
    }
    await page.close();
  });
});
