// Draws the site-wide Open Graph image (1200×630) in Chromium and writes public/og-image.png,
// which is committed. Run `npm run og-image` only when the site's name or colours change.
import { launchBrowser } from '../tests/helpers/browser.ts';

const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;display:flex;flex-direction:column;justify-content:center;
  background:#ffffff;border-top:24px solid #b3261e;font-family:Georgia,'Times New Roman',serif;color:#1d232a">
  <div style="font:700 28px system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#b3261e">A cited reference</div>
  <div style="font-size:80px;line-height:1.1;margin-top:24px">Kyrgyzstan Foreign Policy Reference</div>
  <div style="font:36px system-ui,sans-serif;color:#57606a;margin-top:32px">Priorities, treaties, organizations and relations with each country, every fact sourced</div>
</div></body></html>`;

const browser = await launchBrowser();
const page = await browser.newPage();
await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(html);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log('public/og-image.png');
