// Zero network: Chromium's own net log records every request of the run; none may come from the extension.
// The extension's contexts (service worker, popup, options, classroom) have a chrome-extension:// initiator;
// the content script's requests would carry the fixture page's origin, and our fixture pages have no
// resources of their own, so any request from that origin beyond the documents is the extension's.
// Invisible to the page: the content script posts no message to the page and dispatches no event it can hear
// (WXT's ContentScriptContext would announce the extension and its id on every page: entrypoints/page-gate.ts, page-scanner.ts).
import { extensionTimings } from '../../scripts/extension-world';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  EXTENSION_DIR,
  FIXTURE_ORIGIN,
  FIXTURE_PREFIX,
  launchExtensionContext,
  SHARED_PAGES,
  storedFindings,
  tabIdOf,
  test as extensionTest,
} from './extension';

interface NetRequest {
  url: string;
  initiator: string | null;
}

/** URL requests from a Chromium net log (--log-net-log), tolerant of a log cut short. */
function requestsIn(netLogFile: string): NetRequest[] {
  const text = readFileSync(netLogFile, 'utf8');
  const requests: NetRequest[] = [];
  for (const match of text.matchAll(/"params":\{[^{}]*"url":"([^"]+)"[^{}]*\}/g)) {
    const initiator = /"initiator":"([^"]*)"/.exec(match[0])?.[1] ?? null;
    requests.push({ url: match[1]!, initiator });
  }
  return requests;
}

const fixturePages = ['shop.html', 'demo-shop.html', 'plain.html'];
const sharedPages = existsSync(SHARED_PAGES) ? readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')) : [];

/** Visits the pages (and the extension's own pages) with a net log on; returns the requests it recorded. */
async function recordRun(pages: string[], servedFiles: Map<string, string>): Promise<NetRequest[]> {
  const netLog = join(mkdtempSync(join(tmpdir(), 'second-look-netlog-')), 'net.json');
  const { context, cleanUp } = await launchExtensionContext({
    servedFiles,
    extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    for (const name of pages) {
      await page.goto(FIXTURE_PREFIX + name, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(1_500);
    }
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const extensionPages = ['popup.html', manifest.options_ui?.page, 'classroom.html'].filter(Boolean);
    for (const extensionPage of extensionPages) {
      if (!existsSync(join(EXTENSION_DIR, extensionPage))) continue;
      const ui = await context.newPage();
      await ui.goto(`chrome-extension://${extensionId}/${extensionPage}`);
      await ui.waitForTimeout(1_000);
      await ui.close();
    }
  } finally {
    await context.close();
    cleanUp();
  }
  const requests = requestsIn(netLog);
  expect(requests.length, 'the net log recorded the run').toBeGreaterThan(0);
  return requests;
}

const fromExtensionContexts = (requests: NetRequest[]) =>
  requests.filter((r) => r.initiator?.startsWith('chrome-extension://') && !r.url.startsWith('chrome-extension://'));

test('no request from the extension on our fixture pages, nor from its service worker and own pages', async () => {
  test.setTimeout(120_000);
  const requests = await recordRun(fixturePages, new Map());
  expect(fromExtensionContexts(requests)).toEqual([]);
  // The fixtures load nothing themselves: any other request made with the page's origin is the content script's.
  const documents = new Set(fixturePages.map((name) => FIXTURE_PREFIX + name));
  const fromPageOrigin = requests.filter(
    (r) => r.initiator === FIXTURE_ORIGIN && !documents.has(r.url) && !r.url.endsWith('/favicon.ico'),
  );
  expect(fromPageOrigin).toEqual([]);
});

test.describe('real saved shop pages from ../shared/pages', () => {
  test.skip(sharedPages.length === 0, '../shared/pages is absent: the real-page privacy run needs it');

  test('no request from the extension while it scans every real page', async () => {
    test.setTimeout(240_000);
    const requests = await recordRun(sharedPages, new Map(sharedPages.map((f) => [f, join(SHARED_PAGES, f)])));
    expect(fromExtensionContexts(requests)).toEqual([]);
  });
});

extensionTest(
  'the content script does not announce itself to the page: no message, no event',
  async ({ context, extensionId, serviceWorker }) => {
    const page = await context.newPage();
    // Before any page script: record every message posted to the window and WXT's "content script started"
    // announcement under its real name, which a listening page would hear (and learn the extension's id from).
    await page.addInitScript((startedEvent: string) => {
      const heard: string[] = [];
      (window as unknown as { secondLookHeard: string[] }).secondLookHeard = heard;
      const describe = (data: unknown) => {
        try {
          return JSON.stringify(data);
        } catch {
          return String(data);
        }
      };
      window.addEventListener('message', (event) => heard.push(`message ${describe(event.data)}`), true);
      document.addEventListener(startedEvent, (event) => heard.push(`event ${event.type}`), true);
      window.addEventListener(startedEvent, (event) => heard.push(`event (window capture) ${event.type}`), true);
    }, `${extensionId}:content:wxt:content-script-started`);
    await page.goto(FIXTURE_PREFIX + 'shop.html');
    const tabId = await tabIdOf(serviceWorker, page);
    // The content script has run, scanned and reported.
    await expect
      .poll(async () => ((await storedFindings(serviceWorker, tabId)) ?? []).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(async () => (await extensionTimings(page, 'second-look:scan')).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { secondLookHeard: string[] }).secondLookHeard)).toEqual([]);
    // Nor do its timings reach the page's performance timeline.
    expect(
      await page.evaluate(() =>
        performance
          .getEntries()
          .filter((e) => e.name.startsWith('second-look'))
          .map((e) => e.name),
      ),
    ).toEqual([]);
  },
);
