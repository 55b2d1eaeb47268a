/// <reference types="chrome" />
// Launches Chromium with the built extension, serves fixture pages under real shop addresses and aborts
// every other request, so tests touch no network and the manifest needs no test-only host.
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, extensionLaunchArgs } from '../../scripts/chromium';

export { CHROMIUM_PATH };

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SHARED_PAGES = join(ROOT, '../shared/pages');

/** Fixture pages answer under this shop address (a curated host of the manifest). */
export const FIXTURE_ORIGIN = 'https://www.amazon.com';
export const FIXTURE_PREFIX = `${FIXTURE_ORIGIN}/second-look-fixture/`;

export interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Files served at FIXTURE_PREFIX + name: test/fixtures first, then absolute paths registered here. */
  servedFiles: Map<string, string>;
  blockedRequests: string[];
}

export interface LaunchOptions {
  servedFiles?: Map<string, string>;
  blockedRequests?: string[];
  /** Extra Chromium switches, e.g. --log-net-log=FILE. */
  extraArgs?: string[];
}

/** Chromium with the built extension; fixture pages answered locally, every other request aborted. */
export async function launchExtensionContext(options: LaunchOptions = {}) {
  const servedFiles = options.servedFiles ?? new Map<string, string>();
  const blockedRequests = options.blockedRequests ?? [];
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` (npm run test:e2e does).');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'second-look-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extensionLaunchArgs(EXTENSION_DIR), ...(options.extraArgs ?? [])],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own pages and their files are local.
    if (url.startsWith('chrome-extension://')) return route.continue();
    if (url.startsWith(FIXTURE_PREFIX)) {
      const name = decodeURIComponent(url.slice(FIXTURE_PREFIX.length).split(/[?#]/)[0]!);
      const path = servedFiles.get(name) ?? join(FIXTURES, name);
      if (existsSync(path)) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path) });
      }
    }
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, cleanUp: () => rmSync(userDataDir, { recursive: true, force: true }) };
}

export const test = base.extend<ExtensionFixtures>({
  servedFiles: async ({}, use) => {
    await use(new Map());
  },
  blockedRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ servedFiles, blockedRequests }, use) => {
    const { context, cleanUp } = await launchExtensionContext({ servedFiles, blockedRequests });
    await use(context);
    await context.close();
    cleanUp();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/** The tab id of a page, asked of the extension's service worker by URL. */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  const url = page.url();
  return serviceWorker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (!tab?.id) throw new Error(`no tab for ${target}`);
    return tab.id;
  }, url);
}

export async function badgeText(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** How many ranges the extension highlights on the page (CSS Custom Highlight API). */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('second-look');
    return highlight ? highlight.size : 0;
  });
}

/** The findings the background holds for a tab (null before the content script reported). */
export async function storedFindings(serviceWorker: Worker, tabId: number): Promise<unknown[] | null> {
  return serviceWorker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const stored = (await chrome.storage.session.get(key))[key] as { findings: unknown[] } | undefined;
    return stored ? stored.findings : null;
  }, tabId);
}
