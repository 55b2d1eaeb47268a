/// <reference types="chrome" />
// Issue 7, hostile pages: a shop page built to hurt the extension (10 MB of text, 50,000 elements, nesting
// 5,000 deep, a mutation storm, shadow roots and frames, overridden built-ins, text that slows regular
// expressions) must not make it throw, stop it from reporting, or let it freeze the page; and nothing a page
// posts, dispatches or writes can make it scan, reveal or change a setting.
//
// Every page is a shop page for the gate (og:type product, JSON-LD Product), so the scanner really runs.
// The page is probed through the DevTools protocol (Runtime.evaluate, returnByValue), not page.evaluate, so
// a page that replaced its built-ins cannot break the probe. Bounds are generous (these machines are noisy);
// the budgets proper are `npm run bench`.
import { allExtensionTimings } from '../../scripts/extension-world';
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { badgeText, expect, FIXTURE_PREFIX, launchExtensionContext, storedFindings, tabIdOf, test } from './extension';

/** No task of the extension's on the page's main thread may take longer than this. */
const MAX_EXTENSION_TASK_MS = 200;
/** While the scan runs, the page answers a trivial expression within this time. */
const MAX_PING_MS = 1_000;

interface StoredFinding {
  tactic: string;
  evidence: string;
  blockId: string;
}

interface Measure {
  name: string;
  start: number;
  duration: number;
  detail: { longestSliceMs?: number; sliceTimes?: Array<[number, number]> } | null;
}

// Installed before any script of the page (main world): long tasks, kept without calling anything the page
// may replace later (no array methods, no iterators).
const LONG_TASK_OBSERVER = `(() => {
  if (window.top !== window) return;
  const tasks = [];
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) {
        tasks[tasks.length] = { start: entries[i].startTime, duration: entries[i].duration };
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  Object.defineProperty(window, '__secondLookLongTasks', { value: tasks });
  Object.defineProperty(window, '__secondLookNow', { value: performance.now.bind(performance) });
})();`;

// The extension's own measures (src/page/idle.ts publishTiming), read without array methods.
/** The content scripts' timings, read in their own isolated world (the page cannot see them, nor break them). */
async function measuresOf(page: Page): Promise<Measure[]> {
  return (await allExtensionTimings(page)).map((t) => ({
    name: t.name,
    start: t.startTime,
    duration: t.duration,
    detail: t.detail as Measure['detail'],
  }));
}

async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`probe failed: ${exceptionDetails.text} ${expression.slice(0, 80)}`);
  return result.value as T;
}

interface Ping {
  /** How long the page took to answer. */
  ms: number;
  /** When it answered, on the page's clock (performance.now()). */
  at: number;
}

/** How long the page takes to answer a trivial expression. */
async function ping(cdp: CDPSession): Promise<Ping> {
  const start = Date.now();
  const at = await evaluate<number>(cdp, 'window.__secondLookNow()');
  return { ms: Date.now() - start, at };
}

/** A browser with the extension, and every error its service worker reports. */
async function openBrowser() {
  const { context, cleanUp } = await launchExtensionContext();
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const errors: string[] = [];
  serviceWorker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  await serviceWorker.evaluate(() => {
    const record = (text: string) => ((globalThis as { hostileErrors?: string[] }).hostileErrors ??= []).push(text);
    self.addEventListener('error', (e) => record(`error: ${e.message}`));
    self.addEventListener('unhandledrejection', (e) => record(`unhandled rejection: ${String(e.reason)}`));
  });
  await context.addInitScript(LONG_TASK_OBSERVER);
  return {
    context,
    serviceWorker,
    errors,
    async close() {
      await context.close();
      cleanUp();
    },
  };
}

/** Errors thrown in or logged by the extension: its service worker and its content script on this page. */
function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) {
      errors.push(`console: ${m.text()} at ${m.location().url}`);
    }
  });
  page.on('pageerror', (e) => {
    if (e.stack?.includes('chrome-extension://')) errors.push(`uncaught: ${e.stack}`);
  });
}

async function serviceWorkerErrors(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(() => (globalThis as { hostileErrors?: string[] }).hostileErrors ?? []);
}

interface Visit {
  page: Page;
  cdp: CDPSession;
  tabId: number;
  /** The findings the background holds for the tab once they include `until`. */
  findings: StoredFinding[];
  /** The answers to a trivial expression while the scan ran. */
  pings: Ping[];
  measures: Measure[];
  longTasks: Array<{ start: number; duration: number }>;
}

/**
 * Opens a hostile page and pings it until the content script has reported a finding of tactic `until`
 * (and `whileAlso` resolves, if given); then reads the extension's measures and the page's long tasks.
 */
async function visit(
  context: BrowserContext,
  serviceWorker: Worker,
  errors: string[],
  name: string,
  options: { until?: string; timeoutMs?: number; whileAlso?: (cdp: CDPSession) => Promise<boolean> } = {},
): Promise<Visit> {
  const until = options.until ?? 'free-gift';
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(FIXTURE_PREFIX + name, { timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  const tabId = await tabIdOf(serviceWorker, page);
  const deadline = Date.now() + (options.timeoutMs ?? 45_000);
  const pings: Ping[] = [];
  let findings: StoredFinding[];
  for (;;) {
    pings.push(await ping(cdp));
    findings = ((await storedFindings(serviceWorker, tabId)) ?? []) as StoredFinding[];
    const reported = findings.some((f) => f.tactic === until);
    if (reported && (!options.whileAlso || (await options.whileAlso(cdp)))) break;
    if (Date.now() > deadline) {
      throw new Error(`no ${until} finding reported within the time (stored: ${JSON.stringify(findings)})`);
    }
    await page.waitForTimeout(100);
  }
  // Let the last slices and highlights land before reading the measures.
  await page.waitForTimeout(500);
  const measures = await measuresOf(page);
  const longTasks = await evaluate<Array<{ start: number; duration: number }>>(cdp, 'window.__secondLookLongTasks');
  return { page, cdp, tabId, findings, pings, measures, longTasks };
}

/** The extension's main-thread work on the page: every scan slice and every mutation flush, in ms. */
function extensionWork(measures: Measure[]): Array<{ what: string; start: number; ms: number }> {
  const work: Array<{ what: string; start: number; ms: number }> = [];
  for (const m of measures) {
    if (m.name === 'second-look:scan') {
      for (const [start, ms] of m.detail?.sliceTimes ?? []) work.push({ what: 'scan slice', start, ms });
    } else work.push({ what: m.name, start: m.start, ms: m.duration });
  }
  return work;
}

/**
 * The page stayed responsive: no extension work (a scan slice, a mutation flush) over the bound, no long task
 * during the extension's work over it, and the page answered a trivial expression quickly whenever the
 * extension was at work (a slow answer while only the page itself was busy, e.g. its own first layout of
 * 10 MB of text, is the page's).
 */
function expectResponsive(v: Visit): void {
  const scans = v.measures.filter((m) => m.name === 'second-look:scan');
  expect(scans.length, 'the scanner published its scan').toBeGreaterThan(0);
  const work = extensionWork(v.measures);
  const duringWork = (start: number, ms: number) =>
    work.some((w) => w.start < start + ms && start < w.start + Math.max(w.ms, 1));
  const slowWork = work.filter((w) => w.ms > MAX_EXTENSION_TASK_MS);
  const slowTasks = v.longTasks.filter((t) => t.duration > MAX_EXTENSION_TASK_MS && duringWork(t.start, t.duration));
  const slowPings = v.pings.filter((p) => p.ms > MAX_PING_MS && duringWork(p.at - p.ms, p.ms));
  expect(slowWork, 'extension work longer than the bound').toEqual([]);
  expect(slowTasks, 'long tasks during the extension work').toEqual([]);
  expect(slowPings, 'slow answers of the page during the extension work').toEqual([]);
}

/**
 * One browser per hostile page: the page is visited once (beforeAll) and each protection is its own test.
 * `knownIssue`: the responsiveness bound is known to break on this page today; when it does, the test is
 * skipped with the reason (shown in the report) instead of failing everyone's run. Remove it once fixed.
 */
function hostilePage(
  name: string,
  options: {
    until?: string;
    timeoutMs?: number;
    knownIssue?: string;
    whileAlso?: (cdp: CDPSession) => Promise<boolean>;
    more?: (get: () => Visit & { serviceWorker: Worker; context: BrowserContext }) => void;
  } = {},
) {
  test.describe(name, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: Awaited<ReturnType<typeof openBrowser>>;
    let v: Visit;
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      browser = await openBrowser();
      v = await visit(browser.context, browser.serviceWorker, browser.errors, name, options);
    });
    test.afterAll(async () => {
      await browser?.close();
    });

    test('the content script reported findings to the background', () => {
      expect(v.findings.map((f) => f.tactic)).toContain(options.until ?? 'free-gift');
    });

    test('the page stays responsive', () => {
      if (options.knownIssue) {
        try {
          expectResponsive(v);
        } catch (error) {
          console.warn(`${name}: known issue: ${options.knownIssue}\n${String(error).slice(0, 600)}`);
          test.skip(true, `known issue: ${options.knownIssue}`);
        }
        return;
      }
      expectResponsive(v);
    });

    options.more?.(() => ({ ...v, serviceWorker: browser.serviceWorker, context: browser.context }));

    test('no uncaught error from the extension', async () => {
      expect([...browser.errors, ...(await serviceWorkerErrors(browser.serviceWorker))]).toEqual([]);
    });
  });
}

hostilePage('hostile-huge-text.html', { timeoutMs: 60_000 });

hostilePage('hostile-many-elements.html', { timeoutMs: 60_000, until: 'was-price' });

hostilePage('hostile-deep.html', { until: 'low-stock' });

hostilePage('hostile-shadow-frames.html', {
  more(get) {
    test('open shadow roots and same-origin frames are read; nothing breaks on closed or cross-origin ones', () => {
      const evidence = get().findings.map((f) => f.evidence);
      expect(evidence).toEqual(expect.arrayContaining(['FREE gift', 'Today only', 'Only 2 left', 'FREE sample']));
    });
  },
});

hostilePage('hostile-prototypes.html', {
  more(get) {
    test("the page's overridden built-ins do not reach the content script (isolated world)", async () => {
      const v = get();
      expect(await evaluate<number>(v.cdp, 'window.overridesInstalled')).toBeGreaterThan(100);
      // The page's own JSON is broken, and yet the extension read the page, its shadow root and its was-price.
      expect(await evaluate<string>(v.cdp, 'try { JSON.stringify(1) } catch (e) { "broken" }')).toBe('broken');
      expect(v.findings.map((f) => f.tactic)).toEqual(expect.arrayContaining(['free-gift', 'was-price', 'low-stock']));
      expect(await evaluate<number>(v.cdp, "CSS.highlights.get('second-look')?.size ?? 0")).toBeGreaterThan(0);
    });
  },
});

hostilePage('hostile-regex.html', {
  timeoutMs: 20_000,
  more(get) {
    test('the background is not held up by the text: the next page is analysed at once', async () => {
      const { context, serviceWorker } = get();
      const page = await context.newPage();
      await page.goto(FIXTURE_PREFIX + 'shop.html');
      const tabId = await tabIdOf(serviceWorker, page);
      await expect
        .poll(async () => ((await storedFindings(serviceWorker, tabId)) ?? []).length, { timeout: 10_000 })
        .toBeGreaterThan(0);
      await page.close();
    });
  },
});

hostilePage('hostile-mutations.html', {
  timeoutMs: 40_000,
  // Keep pinging through the whole storm.
  whileAlso: async (cdp) => (await evaluate<string | null>(cdp, "document.body.getAttribute('data-done')")) !== null,
  more(get) {
    test('the storm happened: at least 5,000 mutations in 10 s, watched by the scanner', async () => {
      const v = get();
      expect(Number(await evaluate<string>(v.cdp, "document.body.getAttribute('data-done')"))).toBeGreaterThan(5_000);
      expect(v.measures.filter((m) => m.name === 'second-look:mutation').length).toBeGreaterThan(0);
    });
  },
});

// ---- messages a page posts -------------------------------------------------------------------------------

/** The hostile-messages page, scanned and reported, with probes of what the extension shows. */
async function messagesPage(context: BrowserContext, serviceWorker: Worker, errors: string[]) {
  serviceWorker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(FIXTURE_PREFIX + 'hostile-messages.html');
  const cdp = await context.newCDPSession(page);
  const tabId = await tabIdOf(serviceWorker, page);
  const findings = async () => ((await storedFindings(serviceWorker, tabId)) ?? []) as StoredFinding[];
  const highlights = () => evaluate<number>(cdp, "CSS.highlights.get('second-look')?.size ?? 0");
  const scans = async () => (await measuresOf(page)).filter((m) => m.name === 'second-look:scan');
  const storage = () =>
    serviceWorker.evaluate(async () => ({
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get(null),
    }));
  await expect.poll(async () => (await findings()).length, { timeout: 15_000 }).toBe(2);
  await expect.poll(highlights, { timeout: 10_000 }).toBe(2);
  const state = async () => ({
    findings: await findings(),
    badge: await badgeText(serviceWorker, tabId),
    highlights: await highlights(),
    scans: (await scans()).length,
    storage: await storage(),
  });
  const before = await state();
  expect(before.badge).toBe('2');
  expect(before.scans).toBe(1);

  /** For longer than a reveal's flash and a route change's settle time: no flash, no scroll; then the same state. */
  const expectNothingHappened = async () => {
    for (let i = 0; i < 20; i++) {
      expect(await evaluate<boolean>(cdp, "CSS.highlights.has('second-look-flash')"), 'a reveal flash').toBe(false);
      expect(await evaluate<number>(cdp, 'window.scrollY'), 'a reveal scroll').toBe(0);
      await page.waitForTimeout(100);
    }
    expect(await state()).toEqual(before);
  };

  /** The content script still watches the page: a cue added now is found. */
  const expectStillWatching = async () => {
    await evaluate(
      cdp,
      "document.getElementById('main').appendChild(document.createElement('p')).append('Today only: 30% off.')",
    );
    await expect
      .poll(async () => (await findings()).map((f) => f.tactic), { timeout: 10_000 })
      .toContain('limited-time');
  };

  return { page, cdp, tabId, before, expectNothingHappened, expectStillWatching };
}

test('nothing a page posts, dispatches or writes makes the extension reveal, scan or change a setting', async ({
  context,
  serviceWorker,
}) => {
  const errors: string[] = [];
  const { cdp, tabId, before, expectNothingHappened, expectStillWatching } = await messagesPage(
    context,
    serviceWorker,
    errors,
  );
  const blockIds = [...before.findings.map((f) => f.blockId), ...Array.from({ length: 100 }, (_, i) => `b${i}`)];
  const reached = await evaluate<{ prefix: string; runtime: string; browserRuntime: string }>(
    cdp,
    `window.attack(${JSON.stringify(blockIds)})`,
  );
  // The page learnt nothing of the extension (no WXT announcement: entrypoints/page-gate.ts, page-scanner.ts), and has no
  // runtime to message it with (the manifest declares no externally_connectable).
  expect(reached.prefix).toBe('');
  expect(reached).toMatchObject({ runtime: 'undefined', browserRuntime: 'undefined' });
  await expectNothingHappened();
  await expectStillWatching();

  // The probe does see a real reveal: the popup's message scrolls to the finding and flashes it.
  await serviceWorker.evaluate(
    ([tab, blockId]) => chrome.tabs.sendMessage(tab as number, { type: 'reveal', blockId }),
    [tabId, before.findings[0]!.blockId] as const,
  );
  await expect.poll(() => evaluate<number>(cdp, 'window.scrollY'), { timeout: 5_000 }).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test("a forged route change (WXT's event under its real name) does not make the extension rescan", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const errors: string[] = [];
  // WXT's wxt:locationchange is a DOM event on window named "<extension id>:content:wxt:locationchange", which
  // a page that knows the id can dispatch too. The content script does not use WXT's context and compares
  // location.href (src/page/lifecycle.ts), so the forged event changes nothing.
  const { cdp, expectNothingHappened, expectStillWatching } = await messagesPage(context, serviceWorker, errors);
  const prefix = `${extensionId}:content:`;
  expect(await evaluate<string>(cdp, `window.forgeRouteChange(${JSON.stringify(prefix)})`)).toMatch(
    /^[a-p]{32}:content:$/,
  );
  await expectNothingHappened();
  await expectStillWatching();
  expect(errors).toEqual([]);
});

test('a forged "newer content script started" event does not switch the extension off', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const errors: string[] = [];
  // WXT's ContentScriptContext invalidates itself when a CustomEvent named
  // "<extension id>:content:wxt:content-script-started" with another messageId reaches document; a page that knows
  // the id can dispatch it. Our content scripts have no such context (entrypoints/page-gate.ts, page-scanner.ts) and stops only
  // when the extension itself is gone (src/page/lifecycle.ts).
  const { cdp, expectNothingHappened, expectStillWatching } = await messagesPage(context, serviceWorker, errors);
  const prefix = `${extensionId}:content:`;
  expect(await evaluate<string>(cdp, `window.forgeScriptStarted(${JSON.stringify(prefix)})`)).toMatch(
    /^[a-p]{32}:content:$/,
  );
  await expectNothingHappened();
  await expectStillWatching();
  expect(errors).toEqual([]);
});
