// Saves screenshots of key pages at phone and desktop widths, light and dark, into screenshots/
// (not committed) so layout can be looked at. Run after `npm run build`: `npm run screenshots`,
// or `npm run screenshots -- search a-z` for the shots whose names begin with those words.
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const PAGES = {
  home: '/',
  map: '/relations/',
  country: '/relations/china/',
  treaties: '/treaties/',
  treaty: '/treaties/china-border-confidence-1996/',
  organizations: '/organizations/',
  organization: '/organizations/sco/',
  priorities: '/priorities/',
  priority: '/priorities/great-powers/',
  timeline: '/timeline/',
  'timeline-kind': '/timeline/type/treaty/',
  event: '/timeline/akayev-visits-greece/',
  source: '/sources/school-textbook/',
  'not-found': '/no-such-page/',
  data: '/data/',
  search: '/search/?q=Kant+air+base',
  'search-correction': '/search/?q=Uzbkistn',
  'a-z': '/search/a-z/k/',
  about: '/about/',
  'search-ru': `/ru/search/?q=${encodeURIComponent('с Китаем')}`,
  'search-ru-filtered': `/ru/search/?q=${encodeURIComponent('Казахстан')}&type=${encodeURIComponent('договор')}`,
  'search-ru-english-query': '/ru/search/?q=CSTO',
  'a-z-ru': '/ru/search/a-z/k/',
  // Pages whose text changed most recently; swap in the ones an edit touches.
  'changed-unesco': '/organizations/unesco/',
  'changed-cis-ru': '/ru/organizations/cis/',
  'changed-world-bank-ru': '/ru/organizations/world-bank/',
  'changed-coalition': '/organizations/anti-terrorist-coalition/',
  'changed-data-ru': '/ru/data/',
};
// The Russian edition: one page of each type (its own list, so additions merge cleanly).
const RU_PAGES = {
  'ru-home': '/ru/',
  'ru-map': '/ru/relations/',
  'ru-country': '/ru/relations/china/',
  'ru-treaties': '/ru/treaties/',
  'ru-treaty': '/ru/treaties/china-border-confidence-1996/',
  'ru-organizations': '/ru/organizations/',
  'ru-organization': '/ru/organizations/sco/',
  'ru-priorities': '/ru/priorities/',
  'ru-priority': '/ru/priorities/great-powers/',
  'ru-timeline': '/ru/timeline/',
  'ru-timeline-kind': '/ru/timeline/type/treaty/',
  'ru-event': '/ru/timeline/akayev-visits-greece/',
  'ru-sources': '/ru/sources/',
  'ru-source': '/ru/sources/school-textbook/',
  'ru-about': '/ru/about/',
  'ru-data': '/ru/data/',
  'ru-search': '/ru/search/?q=ОДКБ',
  'ru-not-found': '/ru/no-such-page/',
};
// The cite block and page history at the foot of an entry page, history list opened.
const CLIPS = { 'cite-china': '/relations/china/', 'cite-event': '/timeline/un-membership/', 'ru-cite-china': '/ru/relations/china/' };
const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'] as const;

mkdirSync('screenshots', { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.newPage();
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.some((prefix) => name.startsWith(prefix));
const shots = [...Object.entries({ ...PAGES, ...RU_PAGES }).map(([name, path]) => ({ name, path, clip: false })), ...Object.entries(CLIPS).map(([name, path]) => ({ name, path, clip: true }))].filter(({ name }) => wanted(name));
for (const { name, path, clip } of shots) {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url + path);
      if (path.includes('/search/?')) await page.waitForSelector('#search-status:not(:empty)');
      await page.waitForLoadState('networkidle');
      const file = `screenshots/${name}-${width}-${colorScheme}.png`;
      if (clip) {
        await page.locator('.history details').evaluate((d) => d.setAttribute('open', ''));
        const top = (await page.locator('.history').boundingBox())!;
        const bottom = (await page.locator('.cite').boundingBox())!;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top.y - 16, width, height: bottom.y + bottom.height - top.y + 32 } });
      } else {
        await page.screenshot({ path: file, fullPage: true });
      }
      console.log(file);
    }
  }
}
// The header box's results list, which only exists once something is typed, in each language.
const BOXES = { 'search-box': ['/treaties/', 'Kazakhstan'], 'search-box-ru': ['/ru/treaties/', 'Казахстан'] };
for (const [name, [path, query]] of Object.entries(BOXES).filter(([name]) => wanted(name))) for (const width of WIDTHS) {
  for (const colorScheme of SCHEMES) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}${path}`);
    await page.fill('#site-search', query);
    await page.waitForSelector('#site-search-listbox [role="option"]');
    await page.waitForLoadState('networkidle');
    const file = `screenshots/${name}-${width}-${colorScheme}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
}
await browser.close();
await server.close();
