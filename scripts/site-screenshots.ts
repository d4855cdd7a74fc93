/**
 * `npm run docs:screenshots`: builds the site, serves it with `serve:http`, and photographs an
 * explainer page at phone (360 px) and desktop (1280 px) width into docs/, for the README.
 * Needs Chromium (Debian's `chromium`, or CHROMIUM_PATH).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite, requireChromium, serveSite } from '../test/web/site-server.js';
import { repoRoot } from '../test/support/run-cli.js';

const PAGE = 'detainers-vs-information-sharing.html';
const SHOTS = [
  { file: 'docs/site-explainer-phone.png', width: 360, height: 780 },
  { file: 'docs/site-explainer-desktop.png', width: 1280, height: 900 },
];

const { url, child } = await serveSite(buildSite());
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: ['--no-sandbox'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(new URL(PAGE, url).href);
    await page.screenshot({ path: path.join(repoRoot, shot.file) });
    process.stdout.write(`${shot.file}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
