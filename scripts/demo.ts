// `npm run demo`: opens Chromium with the built extension on the demo shop. The shop is answered locally
// under a curated shop address and every other request is blocked, so it works with no internet.
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const DEMO_URL = 'https://www.amazon.com/second-look-demo/';
const DEMO_PAGE = join(ROOT, 'test/fixtures/demo-shop.html');

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'second-look-demo-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: process.argv.includes('--headless'),
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('chrome-extension://')) return route.continue();
  if (url.startsWith(DEMO_URL)) {
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(DEMO_PAGE) });
  }
  return route.abort('blockedbyclient');
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);
console.log(`Second Look demo: ${DEMO_URL} is open. Click the extension's icon (pin it from the puzzle menu).`);
console.log('Close the browser window to end the demo.');
if (process.argv.includes('--headless')) await context.close();
else await new Promise<void>((resolve) => context.on('close', () => resolve()));
