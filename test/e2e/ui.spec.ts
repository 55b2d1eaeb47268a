// The popup, options and classroom in the built extension: findings of the classroom's demo shop in each
// language, click-to-scroll, pausing a site, keyboard-only quiz and lesson, and axe on every page.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { LANGS, type Lang } from '../../src/core/vocabulary';
import { tacticsById } from '../../src/tactics';
import { allCues } from '../../src/ui/classroom/shop-data';
import { SHOPS } from '../../src/ui/classroom/shops';
import { badgeText, expect, FIXTURE_PREFIX, highlightCount, storedFindings, tabIdOf, test } from './extension';

async function setSettings(serviceWorker: Worker, values: Record<string, unknown>): Promise<void> {
  await serviceWorker.evaluate((v) => chrome.storage.sync.set(v), values);
}

async function openClassroom(page: Page, extensionId: string, lang: Lang, mode = 'shop'): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/classroom.html?lang=${lang}&mode=${mode}`);
  await expect(page.locator('.classroom')).toBeVisible();
}

async function openPopup(page: Page, extensionId: string, tabId: number): Promise<void> {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The tactics the demo shop of a language shows that the catalogue knows. */
const expectedTactics = (lang: Lang): string[] => [
  ...new Set(
    allCues(SHOPS[lang])
      .map((c) => c.tactic)
      .filter((id) => tacticsById.has(id)),
  ),
];

for (const lang of LANGS) {
  test(`classroom shop in ${lang}: the popup lists the expected findings`, async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    await setSettings(serviceWorker, { language: lang });
    const classroom = await context.newPage();
    await openClassroom(classroom, extensionId, lang);
    await expect.poll(() => highlightCount(classroom), { timeout: 10_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(serviceWorker, classroom);
    const expected = expectedTactics(lang);
    expect(expected.length).toBeGreaterThan(8);
    await expect
      .poll(async () => Number(await badgeText(serviceWorker, tabId)), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(expected.length);

    const popup = await context.newPage();
    await openPopup(popup, extensionId, tabId);
    await expect(popup.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : lang);
    for (const id of expected) {
      const name = tacticsById.get(id)!.explanation[lang].name;
      await expect(popup.getByRole('heading', { name, exact: true }).first(), `${lang}: ${id}`).toBeVisible();
    }
    // Each card quotes what the page shows.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const shopText = squeeze(
      [
        ...allCues(SHOPS[lang]).map((c) => c.text),
        ...SHOPS[lang].products.map((p) => `${p.wasPrice ?? ''}${p.price}`),
      ].join('|'),
    );
    const quotes = await popup.locator('.evidence q').allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(expected.length);
    for (const quote of quotes) expect(shopText).toContain(squeeze(quote));
  });
}

test('clicking a finding in the popup scrolls the classroom to it and flashes it', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const classroom = await context.newPage();
  await classroom.setViewportSize({ width: 1000, height: 600 });
  await openClassroom(classroom, extensionId, 'en');
  await expect.poll(() => highlightCount(classroom), { timeout: 10_000 }).toBeGreaterThan(5);
  const tabId = await tabIdOf(serviceWorker, classroom);
  expect(await classroom.evaluate(() => scrollY)).toBe(0);

  const popup = await context.newPage();
  await openPopup(popup, extensionId, tabId);
  const name = tacticsById.get('hard-to-cancel')!.explanation.en.name;
  await popup.getByRole('button', { name: `Show “${name}” on the page` }).click();
  // The flash lasts a moment: catch it, and the text it marks, before looking at the scroll position.
  const flashed = await classroom.waitForFunction(
    () => {
      const flash = CSS.highlights.get('second-look-flash');
      return flash && flash.size > 0 ? [...flash][0]!.toString() : null;
    },
    null,
    { timeout: 5_000, polling: 50 },
  );
  expect(await flashed.jsonValue()).toMatch(/cancel/i);
  await expect.poll(() => classroom.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(300);
  const flashedText = (await flashed.jsonValue()) as string;
  expect(flashedText.length).toBeGreaterThan(3);
});

test('pausing the classroom from the popup removes its highlights and badge; resuming brings them back', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const classroom = await context.newPage();
  await openClassroom(classroom, extensionId, 'en');
  await expect.poll(() => highlightCount(classroom), { timeout: 10_000 }).toBeGreaterThan(0);
  const tabId = await tabIdOf(serviceWorker, classroom);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 10_000 }).not.toBe('');

  const popup = await context.newPage();
  await openPopup(popup, extensionId, tabId);
  await popup.getByRole('button', { name: 'Pause on this site' }).click();
  await expect.poll(() => highlightCount(classroom), { timeout: 5_000 }).toBe(0);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 5_000 }).toBe('');
  await expect(popup.getByRole('heading', { name: `Paused on ${extensionId}` })).toBeVisible();
  expect(await serviceWorker.evaluate(() => chrome.storage.sync.get('pausedSites'))).toEqual({
    pausedSites: [extensionId],
  });

  await popup.getByRole('button', { name: 'Resume on this site' }).click();
  await expect.poll(() => highlightCount(classroom), { timeout: 5_000 }).toBeGreaterThan(0);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 5_000 }).not.toBe('');
});

test('pausing a shop site from the popup removes its highlights, badge and findings', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(FIXTURE_PREFIX + 'shop.html');
  const tabId = await tabIdOf(serviceWorker, page);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 10_000 }).not.toBe('');
  const popup = await context.newPage();
  await openPopup(popup, extensionId, tabId);
  expect(await highlightCount(page)).toBeGreaterThan(0);
  await popup.getByRole('button', { name: 'Pause on this site' }).click();
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 5_000 }).toBe('');
  await expect.poll(async () => (await storedFindings(serviceWorker, tabId))?.length).toBe(0);
  await expect.poll(() => highlightCount(page), { timeout: 5_000 }).toBe(0);
  expect(await serviceWorker.evaluate(() => chrome.storage.sync.get('pausedSites'))).toEqual({
    pausedSites: ['amazon.com'],
  });
});

test('the quiz can be finished with the keyboard alone, with a score at the end', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openClassroom(page, extensionId, 'en', 'quiz');
  const focusedIs = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  const questions = 12;
  for (let i = 0; i < questions; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${questions}` })).toBeVisible();
    for (let tabs = 0; !(await focusedIs('input[type=radio]')); tabs++) {
      expect(tabs, 'Tab reaches the answers').toBeLessThan(30);
      await page.keyboard.press('Tab');
    }
    if (i % 2 === 1) await page.keyboard.press('ArrowDown');
    else await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedIs('button[type=submit]')).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/Correct\.|Not quite/);
    expect(await focusedIs('.quiz-reveal button')).toBe(true);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Quiz finished' })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(/You recognised \d+ of 12 tactics\./);
});

test('the lesson steps through every family with the arrow keys', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openClassroom(page, extensionId, 'fi', 'lesson');
  await expect(page.getByRole('heading', { name: /^Vaihe 1\/12/ })).toBeVisible();
  await expect(page.locator('.cue-focus')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.lesson-name')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: /^Vaihe 2\/12/ })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: /^Vaihe 1\/12/ })).toBeVisible();
  await expect(page.locator('.lesson-name')).toBeVisible();
});

test('axe finds no serious or critical violations on the popup, options and classroom', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // Eight axe runs: on a shared, busy machine they outlast the default minute.
  test.setTimeout(180_000);
  const classroom = await context.newPage();
  await openClassroom(classroom, extensionId, 'en');
  await expect.poll(() => highlightCount(classroom), { timeout: 10_000 }).toBeGreaterThan(0);
  const tabId = await tabIdOf(serviceWorker, classroom);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 10_000 }).not.toBe('');

  const report: Record<string, string[]> = {};
  const popup = await context.newPage();
  await openPopup(popup, extensionId, tabId);
  await expect(popup.locator('.card').first()).toBeVisible();
  report.popup = await seriousViolations(popup);
  await openPopup(popup, extensionId, 999_999);
  await expect(popup.getByRole('button', { name: 'Scan this page' })).toBeVisible();
  report['popup (not scanned)'] = await seriousViolations(popup);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Second Look settings' })).toBeVisible();
  report.options = await seriousViolations(options);

  for (const lang of LANGS) {
    report[`classroom shop ${lang}`] = await seriousViolations(classroom.isClosed() ? classroom : classroom);
    if (lang !== 'fi') {
      await classroom.getByRole('button', { name: lang === 'en' ? '中文' : 'Suomi' }).click();
    }
  }
  await classroom.getByRole('button', { name: 'Oppitunti' }).click();
  await classroom.keyboard.press('ArrowRight');
  report['classroom lesson'] = await seriousViolations(classroom);
  await classroom.getByRole('button', { name: 'Visa' }).click();
  report['classroom quiz'] = await seriousViolations(classroom);
  await classroom.getByRole('button', { name: 'Yhteenveto' }).click();
  report['classroom summary'] = await seriousViolations(classroom);

  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
});
