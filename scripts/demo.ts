// `npm run demo`: opens Chromium with the built extension on the demo shop. The shop is answered locally
// under a curated shop address and every other request is blocked, so it works with no internet.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, extensionLaunchArgs } from './chromium';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const DEMO_URL = 'https://www.amazon.com/second-look-demo/';
const DEMO_PAGE = join(ROOT, 'test/fixtures/demo-shop.html');

// Without a display (a server, CI) the demo runs headless and leaves a screenshot instead of a window.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;
if (noDisplay) console.log('No display found: running the demo headless; it will save a screenshot.');

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'second-look-demo-')), {
  executablePath: CHROMIUM_PATH,
  headless,
  viewport: null,
  args: extensionLaunchArgs(EXTENSION_DIR),
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('chrome-extension://')) return route.continue();
  if (url.startsWith(DEMO_URL)) {
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(DEMO_PAGE) });
  }
  return route.abort('blockedbyclient');
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const classroomUrl = `chrome-extension://${new URL(worker.url()).host}/classroom.html`;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);
const classroom = await context.newPage();
await classroom.goto(classroomUrl);
await page.bringToFront();
console.log(`Second Look demo: ${DEMO_URL} is open. Click the extension's icon (pin it from the puzzle menu).`);
console.log(`The classroom (demo shop in three languages, lesson, quiz): ${classroomUrl}`);
if (headless) {
  await page.waitForTimeout(2_000);
  const shot = join(ROOT, '.output/demo.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Saved ${shot} (the demo shop with its highlights).`);
  await context.close();
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
