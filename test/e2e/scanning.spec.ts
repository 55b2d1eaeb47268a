/// <reference types="chrome" />
// Issue 5, scanning real pages in the browser: late content, single-page-app routes, ticking countdowns,
// the shop gate, pausing a site, and the content script's size budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Worker } from '@playwright/test';
import { CONTENT_SCRIPT_FILE, SCANNER_SCRIPT_FILE } from '../../src/added-sites';
import { extensionTimings, type Timing } from '../../scripts/extension-world';
import { traceExtensionCost } from '../../scripts/main-thread-cost';
import { EXTENSION_DIR, expect, FIXTURE_PREFIX, highlightCount, storedFindings, tabIdOf, test } from './extension';

interface StoredFinding {
  tactic: string;
  evidence: string;
}

/** The highlighted texts of the page. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('second-look') ?? [])].map((r) => r.toString()));
}

/** The content scripts' scan timings, read in their own isolated world (src/page/idle.ts). */
function scanMeasures(page: Page): Promise<Timing[]> {
  return extensionTimings(page, 'second-look:scan');
}

async function findingsOf(serviceWorker: Worker, page: Page): Promise<StoredFinding[]> {
  const tabId = await tabIdOf(serviceWorker, page);
  return ((await storedFindings(serviceWorker, tabId)) ?? []) as StoredFinding[];
}

test('a cue added two seconds after load gets highlighted', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'late-cue.html');
  await expect.poll(() => scanMeasures(page), { timeout: 10_000 }).toHaveLength(1);
  // The first scan may run before or after the page's own late cue (the scanner script is injected once the
  // service worker answers, which on a busy machine can take longer than two seconds): a cue added now, after
  // the first scan, is found only by the mutation path.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'later';
    p.textContent = 'Only 3 left in stock - order soon.';
    document.getElementById('main')!.append(p);
  });
  await expect.poll(() => highlighted(page), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/only 3 left/i));
  await expect.poll(() => highlighted(page), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/free gift/i));
  // Highlights never touch the page's markup.
  expect(await page.locator('#late').innerHTML()).toBe('FREE gift with purchase: a pair of merino running socks.');
  expect(await page.locator('#later').innerHTML()).toBe('Only 3 left in stock - order soon.');
});

test('a route change in a single-page app rescans the page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'spa.html');
  await expect.poll(() => scanMeasures(page), { timeout: 10_000 }).toHaveLength(1);
  await page.click('#to-gift');
  await expect(page).toHaveURL(/\?view=gift$/);
  await expect.poll(async () => (await scanMeasures(page)).length, { timeout: 10_000 }).toBe(2);
  await expect.poll(() => highlighted(page), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/free gift/i));
});

test('a ticking countdown is flagged and a static 12:00 is not', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'countdown.html');
  await expect
    .poll(async () => (await findingsOf(serviceWorker, page)).filter((f) => f.tactic === 'countdown-timer'), {
      timeout: 15_000,
    })
    .toContainEqual(expect.objectContaining({ evidence: expect.stringMatching(/^Deal clock \d\d:\d\d$/) }));
  // Let the clock tick a few more times: the static time stays unflagged.
  await page.waitForTimeout(2_500);
  const findings = await findingsOf(serviceWorker, page);
  expect(findings.filter((f) => f.evidence.includes('12:00'))).toEqual([]);
  expect(await highlighted(page)).not.toContainEqual(expect.stringContaining('12:00'));
});

test('a long article that is not a shop page is not read nor reported, until the user asks', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'article.html');
  await expect.poll(() => scanMeasures(page), { timeout: 10_000 }).toHaveLength(1);
  const [scan] = await scanMeasures(page);
  expect(scan!.detail).toMatchObject({ shop: false, blocks: 0, findings: 0 });
  // Nothing is sent from a page that is not a shop: the background holds nothing for the tab.
  const tabId = await tabIdOf(serviceWorker, page);
  await page.waitForTimeout(500);
  expect(await storedFindings(serviceWorker, tabId)).toBeNull();
  // "Scan this page" (the popup calls the gate script's hook in its isolated world): read whatever the gate
  // said, and reported.
  await serviceWorker.evaluate(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const hook = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('second-look.scan')];
          if (typeof hook === 'function') hook();
        },
      }),
    tabId,
  );
  await expect.poll(() => scanMeasures(page), { timeout: 10_000 }).toHaveLength(2);
  const [, asked] = await scanMeasures(page);
  expect(asked!.detail).toMatchObject({ shop: true, signal: 'asked' });
  expect((asked!.detail as { blocks: number }).blocks).toBeGreaterThan(100);
  await expect.poll(() => storedFindings(serviceWorker, tabId), { timeout: 10_000 }).not.toBeNull();
});

test('once the gate said "not a shop", the extension runs no task there: no timer, no idle callback', async ({
  context,
}) => {
  const page = await context.newPage();
  // The load, traced: the trace sees the gate script's task (so a count of 0 below is not a blind trace).
  const load = await traceExtensionCost(page, async () => {
    await page.goto(FIXTURE_PREFIX + 'article.html', { waitUntil: 'load' });
    await expect.poll(() => scanMeasures(page), { timeout: 10_000 }).toHaveLength(1);
  });
  expect(load.tasks).toBeGreaterThanOrEqual(1);
  // Then nothing: longer than the route poll (ROUTE_POLL_MS) and the idle callback's timeout.
  const after = await traceExtensionCost(page, () => page.waitForTimeout(2_500));
  expect(after.tasks).toBe(0);
  expect(await scanMeasures(page)).toHaveLength(1);
});

test('pausing the site clears highlights and findings; resuming brings them back', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'shop.html');
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  const setPaused = (sites: string[]) =>
    serviceWorker.evaluate((pausedSites) => chrome.storage.sync.set({ pausedSites }), sites);

  await setPaused(['amazon.com']);
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => findingsOf(serviceWorker, page), { timeout: 10_000 }).toEqual([]);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

  await setPaused([]);
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await findingsOf(serviceWorker, page)).length, { timeout: 10_000 }).toBe(1);
});

test('a family the user turned off is neither highlighted nor reported', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'shop.html');
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  await serviceWorker.evaluate(() => chrome.storage.sync.set({ enabledFamilies: ['urgency'] }));
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => findingsOf(serviceWorker, page), { timeout: 10_000 }).toEqual([]);
});

test('the highlight style follows the setting live; "none" draws nothing and still reports', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'shop.html');
  await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  const rules = () =>
    page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    );
  expect(await rules()).toMatch(/::highlight\(second-look\) \{[^}]*background-color/);
  const setStyle = (highlightStyle: string) =>
    serviceWorker.evaluate((style) => chrome.storage.sync.set({ highlightStyle: style }), highlightStyle);

  await setStyle('underline');
  await expect.poll(rules, { timeout: 10_000 }).toMatch(/::highlight\(second-look\) \{[^}]*wavy/);
  expect(await rules()).not.toMatch(/::highlight\(second-look\) \{[^}]*background-color/);

  await setStyle('none');
  await expect.poll(rules, { timeout: 10_000 }).not.toMatch(/::highlight\(second-look\) /);
  expect(await highlightCount(page)).toBeGreaterThan(0);
  expect((await findingsOf(serviceWorker, page)).length).toBeGreaterThan(0);
  await setStyle('marker');
});

test('the content scripts are within their size budgets', () => {
  // scripts/report-size.ts GATE_SCRIPT_BUDGET_GZIP_BYTES, CONTENT_SCRIPT_BUDGET_GZIP_BYTES
  for (const [file, budget] of [
    [CONTENT_SCRIPT_FILE, 8 * 1024],
    [SCANNER_SCRIPT_FILE, 35 * 1024],
  ] as const) {
    const bundle = readFileSync(join(EXTENSION_DIR, file));
    expect(gzipSync(bundle, { level: 9 }).length, file).toBeLessThanOrEqual(budget);
  }
});
