import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  badgeText,
  expect,
  FIXTURE_PREFIX,
  highlightCount,
  SHARED_PAGES,
  storedFindings,
  tabIdOf,
  test,
} from './extension';

test('a shop page gets a highlight, a badge count and a popup that explains the finding', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'shop.html');
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);

  const tabId = await tabIdOf(serviceWorker, page);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 10_000 }).toBe('1');

  // The highlighted text is the gift offer, and the page's markup is untouched.
  const highlighted = await page.evaluate(() => [...CSS.highlights.get('second-look')!].map((r) => r.toString()));
  expect(highlighted.join(' ')).toMatch(/free gift/i);
  expect(await page.locator('#gift').innerHTML()).toBe('FREE gift with purchase: a pair of merino running socks.');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByRole('heading', { name: 'Free gift with purchase' })).toBeVisible();
  await expect(popup.getByText('FREE gift with purchase: a pair of merino running socks.')).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Reciprocity' })).toBeVisible();
});

test('navigating the tab clears its findings and badge', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'shop.html');
  const tabId = await tabIdOf(serviceWorker, page);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 10_000 }).toBe('1');
  await page.goto(FIXTURE_PREFIX + 'plain.html');
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 10_000 }).toBe('');
  // Cleared: plain.html is not a shop, so nothing is stored for it (nothing is sent from such a page).
  await expect
    .poll(async () => ((await storedFindings(serviceWorker, tabId)) ?? []).length, { timeout: 10_000 })
    .toBe(0);
});

const realPages = existsSync(SHARED_PAGES) ? readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')) : [];

test.describe('real saved shop pages from ../shared/pages', () => {
  test.skip(realPages.length === 0, '../shared/pages is absent: the real-page scan test needs it');

  test('the heaviest real page is scanned to completion without errors', async ({
    context,
    serviceWorker,
    servedFiles,
  }) => {
    const heaviest = realPages
      .map((f) => ({ f, size: statSync(join(SHARED_PAGES, f)).size }))
      .sort((a, b) => b.size - a.size)[0]!.f;
    servedFiles.set(heaviest, join(SHARED_PAGES, heaviest));
    const page = await context.newPage();
    const errors: string[] = [];
    // The saved page's own scripts may fail without their resources; only the extension's errors count.
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) errors.push(m.text());
    });
    await page.goto(FIXTURE_PREFIX + heaviest, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(serviceWorker, page);
    await expect.poll(() => storedFindings(serviceWorker, tabId), { timeout: 30_000 }).not.toBeNull();
    expect(errors).toEqual([]);
  });
});
