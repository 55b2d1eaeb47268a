// `npm run screenshots`: drives the built extension (.output/chrome-mv3) in Chromium, like the end-to-end tests,
// and writes the README's pictures: the popup on the demo shop, the highlighted shop page and the classroom's
// lesson. Run `npm run build` first; no network is used (every request but the fixture page is aborted).
import type { Page, Worker } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PREFIX, highlightCount, launchExtensionContext, ROOT, tabIdOf } from '../test/e2e/extension';

const OUT = join(ROOT, 'docs/screenshots');

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`screenshots: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

mkdirSync(OUT, { recursive: true });
const { context } = await launchExtensionContext();
try {
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const shop = await context.newPage();
  await shop.setViewportSize({ width: 1100, height: 760 });
  await shop.goto(FIXTURE_PREFIX + 'demo-shop.html');
  await until(async () => (await highlightCount(shop)) > 3, 'highlights on the demo shop');
  await settle(shop);
  await shop.screenshot({ path: join(OUT, 'page.png') });

  const tabId = await tabIdOf(worker, shop);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('.card').first().waitFor();
  await settle(popup);
  await popup.screenshot({ path: join(OUT, 'popup.png') });

  const classroom = await context.newPage();
  await classroom.setViewportSize({ width: 1280, height: 800 });
  await classroom.goto(`chrome-extension://${extensionId}/classroom.html?lang=en&mode=lesson`);
  await until(async () => (await highlightCount(classroom)) > 0, 'highlights in the classroom');
  await classroom.keyboard.press('ArrowRight');
  await classroom.locator('.lesson-name').waitFor();
  await classroom.evaluate(() => scrollTo(0, 0));
  await settle(classroom);
  await classroom.screenshot({ path: join(OUT, 'classroom.png') });
  console.log(`screenshots: wrote popup.png, page.png and classroom.png to docs/screenshots/`);
} finally {
  await context.close();
}
