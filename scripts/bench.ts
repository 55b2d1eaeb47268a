// `npm run bench [-- --pages DIR] [--json] [--runs N] [--match NAME]`: opens each saved page in Chromium with the built extension,
// every non-local request blocked, and measures inside the page. Each run of a page is three fresh page loads:
// the scan load, under a curated shop address (SCAN_PREFIX) where the content script runs, and two walk loads of
// the same file under an address no content script matches (WALK_PREFIX, checked: no extension world, no
// `second-look:scan` measure), each left to settle as the content script does before it scans
// (DOMContentLoaded, then load and an idle callback: the script runs at document_idle, in idle slices).
//   scanMs        the content script's main-thread time for its first scan, from its timing `second-look:scan`
//                 (kept in the content scripts' isolated world, read over CDP: scripts/extension-world.ts): the script's own setup (from the start of its main(): trackers, the shop host
//                 check), the shop gate, reading, layout facts and price pairs, sending candidates, validating the
//                 answers and applying them (visibility checks, highlights, the report). One cold pass: the
//                 content script's code is fresh on every page load.
//                 Counted too: both bundles' top-level code (src/page/load-clock.ts): the gate script
//                 (entrypoints/page-gate.ts, the manifest's) and, on a shop, the scanner script the background
//                 injects (entrypoints/page-scanner.ts). Both are WXT unlisted scripts, so no ContentScriptContext
//                 runs there (it used to, at about 6 ms a page).
//   walkMs        the yardstick: a bare TreeWalker pass over the same page's visible text (same skipped elements)
//                 as a content script would make it: in an isolated world made for it (CDP
//                 Page.createIsolatedWorld), on a load the extension never touched, one pass of a function
//                 compiled fresh (a nonce in its source, so no compiled code or feedback from an earlier page is
//                 reused). Not in the main world, because Blink keeps a node's JS wrapper inline for the main world
//                 but in a hash map for other worlds, so a first pass from an isolated world costs about 2-3x the
//                 same pass from the main world. Not on the scan's load, because the scan has already made V8 strings
//                 of the page's text (Blink caches them per isolate, for every world), which half-warms a later walk.
//   ratio         scanMs / walkMs: both cold, both one pass, both from an isolated world on a fresh load.
//   tracedMs      a fourth load, traced (scripts/main-thread-cost.ts): the main-thread CPU time of every task the
//                 extension ran until the first scan's timing was kept. It counts what scanMs cannot see from
//                 inside the scripts: compiling both (the scanner's 55 KB costs about 5 ms in a fresh renderer
//                 process), the isolated world, and any task outside the scan's slices. tracedRatio = tracedMs /
//                 walkMs (the walk's own compile is a few lines).
//   warm walk ms  the median of WALK_RUNS further passes in the same isolated world (optimised code, wrappers and
//                 strings made): for reference; a cold scan against it would compare a first run with a later one.
//   main-world walk ms (mainWalkMs) the same cold pass in the page's main world, on a third fresh load: for
//                 reference, what the walk costs without the isolated world's wrapper map.
//   longestTaskMs the longest task that ran the scan's work: a 'longtask' entry (PerformanceObserver,
//                 installed before navigation) overlapping one of the scan's slices, or else the longest slice
//                 (no long task held our work); worst of the runs. The page's own long tasks in the same
//                 window (a 3 MB page is still laying itself out) are shown apart as "page long task ms".
//   findings      the findings of the first scan (before filters)
//   mutationMs    the work caused by adding one paragraph to the page (`second-look:mutation`)
// A long non-shop article (test/fixtures/article.html), at the shop address, is measured apart, in
// NON_SHOP_LOADS new tabs, each visiting it twice, each visit traced (scripts/main-thread-cost.ts) from
// navigation until NON_SHOP_WATCH_MS after the load event: the main-thread CPU time of every task the extension
// ran there (creating its isolated world, compiling and running the gate script, any callback later). The
// second visit, in the same tab and so the same renderer process, is the per-page cost (the budget's): V8 keeps
// the compiled script per process. The first visit, in a fresh process, adds what that process pays once
// (compiling the script and each function on first call; the first use of each DOM binding); it is printed
// too. Beside both, the same measures for a content script that does nothing (a one-line extension made for
// the bench in a temporary folder), and the gate script's own mark (from its first statement).
import { extensionTimings, extensionWorldsOf, type Timing } from './extension-world';
import { traceExtensionCost, type MainThreadCost } from './main-thread-cost';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIPPED_TAG_NAMES } from '../src/page/blocks';
import { CHROMIUM_PATH, extensionLaunchArgs } from './chromium';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const NON_SHOP_FIXTURE = join(ROOT, 'test/fixtures/article.html');
/** The scan load: a curated shop address, as in the e2e tests, where the content script runs. */
const SCAN_PREFIX = 'https://www.amazon.com/second-look-fixture/';
/** The walk loads: the same files under an address that matches no content script (src/shop-hosts.ts). */
const WALK_PREFIX = 'https://bench.invalid/second-look-fixture/';
/** Pages answer under these two addresses; everything else is aborted. */
const PREFIXES = [SCAN_PREFIX, WALK_PREFIX];
const SCAN_TIMEOUT_MS = 60_000;
const WALK_RUNS = 5;
/** The non-shop article is loaded this many times (at least; more with --runs). */
const NON_SHOP_LOADS = 9;
/** After the load event, the trace goes on this long: a timer or idle callback the gate script left counts too. */
const NON_SHOP_WATCH_MS = 2_000;
const NON_SHOP_BUDGET_MS = 2;

interface PageResult {
  file: string;
  scanMs: number;
  /** Cold, one pass, in a fresh isolated world on a load the extension did not touch. */
  walkMs: number;
  /** The median of WALK_RUNS further passes in that world. */
  warmWalkMs: number;
  /** Cold, one pass, in the main world of another such load. */
  mainWalkMs: number;
  ratio: number;
  /** Main-thread CPU time of every extension task on a separate, traced load until its first scan was kept
   * (compiling both scripts included, which scanMs cannot see). */
  tracedMs: number;
  /** tracedMs / walkMs. */
  tracedRatio: number;
  longestTaskMs: number;
  findings: number;
  mutationMs: number | null;
  shop: boolean;
  longestSliceMs: number;
  /** The longest task of any kind (the page's own loading included) in the scan's wall-clock window. */
  pageLongestTaskMs: number;
  slices: number;
  candidates: number;
  blocks: number;
  /** Characters of visible text the walk read on each load (the scan load's without the benchmark's paragraph). */
  textChars: { scan: number; isolated: number; main: number };
}

interface Args {
  pagesDir: string;
  json: boolean;
  /** Each page is measured this many times; the run with the median ratio is reported (a busy machine is noisy). */
  runs: number;
  /** Only pages whose file name contains this. */
  match: string;
}

function parseArgs(argv: string[]): Args {
  let pagesDir = join(ROOT, '../shared/pages');
  let json = false;
  let runs = 3;
  let match = '';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--runs' && argv[i + 1]) runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--match' && argv[i + 1]) match = argv[++i]!;
    else if (argv[i] === '--pages' && argv[i + 1]) pagesDir = resolve(argv[++i]!);
    else if (argv[i]!.startsWith('--pages=')) pagesDir = resolve(argv[i]!.slice('--pages='.length));
  }
  return { pagesDir, json, runs, match };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number): number => Math.round(n * 100) / 100;

/** Installed before any page script: records long tasks. */
function installLongTaskObserver(): void {
  const w = window as unknown as { __secondLookLongTasks: Array<{ start: number; duration: number }> };
  w.__secondLookLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__secondLookLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: longestTaskMs stays 0.
  }
}

/** In the page: `runs` bare TreeWalker passes over the visible text, skipping what the scanner skips; their times.
 * Serialised into the page, so it takes the scanner's skip list as an argument. */
function bareWalk(runs: number, skippedNames: readonly string[]): number[] {
  const skipped = new Set(skippedNames);
  const hiding = /display\s*:\s*none|visibility\s*:\s*hidden/i;
  const times: number[] = [];
  let sink = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
        const e = node as Element;
        if (skipped.has(e.localName) || e.hasAttribute('hidden') || e.hasAttribute('data-second-look')) {
          return NodeFilter.FILTER_REJECT;
        }
        if (e.getAttribute('aria-hidden') === 'true') return NodeFilter.FILTER_REJECT;
        const style = e.getAttribute('style');
        if (style !== null && hiding.test(style)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      },
    });
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
    sink += text.length;
    times.push(performance.now() - start);
  }
  // Read back after the measurement: how much text one pass read (the loads of a page should agree).
  const global = window as unknown as { __sink: number; __walkChars: number };
  global.__sink = sink;
  global.__walkChars = runs > 0 ? sink / runs : 0;
  return times;
}

let walkNonce = 0;
const freshNonce = (): string => `${process.pid}-${Date.now()}-${walkNonce++}`;
/**
 * The source of `runs` passes of the bare walk. With a nonce, a function compiled fresh: the renderer's
 * compilation cache hands back no code (or feedback) from an earlier page, run or world.
 */
const walkSource = (runs: number, nonce?: string): string =>
  `(${bareWalk.toString()})(${runs}, ${JSON.stringify(SKIPPED_TAG_NAMES)})${nonce ? ` /* cold ${nonce} */` : ''}`;
const WALK_CHARS_SOURCE = '(window.__walkChars ?? 0)';

/** Evaluates `expression` in one execution context through CDP; its value (JSON), or the page's exception. */
async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    returnByValue: true,
  });
  if (exceptionDetails) {
    throw new Error(`walk failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }
  return result.value;
}

/** After DOMContentLoaded: the load event and then an idle callback, as the content script (document_idle,
 * then idle slices) sees the page. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: SCAN_TIMEOUT_MS });
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 1_000 })));
}

interface WalkLoad {
  /** The first pass, of a freshly compiled function. */
  coldMs: number;
  /** WALK_RUNS further passes in the same world (isolated world only). */
  warmMs: number[];
  chars: number;
}

/**
 * A fresh load of the page under WALK_PREFIX, where the extension runs nothing (checked), and the bare walk in
 * a new isolated world (as a content script's) or in the main world.
 */
async function walkLoad(context: BrowserContext, name: string, world: 'isolated' | 'main'): Promise<WalkLoad> {
  const page = await context.newPage();
  try {
    await page.goto(WALK_PREFIX + encodeURIComponent(name), {
      waitUntil: 'domcontentloaded',
      timeout: SCAN_TIMEOUT_MS,
    });
    await settle(page);
    const cdp = await context.newCDPSession(page);
    try {
      const extensions = await extensionWorldsOf(page);
      const scans = (await extensionTimings(page, 'second-look:scan')).length;
      if (extensions.length > 0 || scans > 0) {
        throw new Error(
          `${name}: the extension ran at ${WALK_PREFIX} (${extensions.join(', ') || `${scans} scan measures`}): the walk would not be on an untouched page`,
        );
      }
      if (world === 'main') {
        const coldMs = ((await page.evaluate(walkSource(1, freshNonce()))) as number[])[0]!;
        return { coldMs, warmMs: [], chars: Number(await page.evaluate(WALK_CHARS_SOURCE)) };
      }
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `second-look-bench-${freshNonce()}`,
      });
      const coldMs = ((await evaluateIn(cdp, executionContextId, walkSource(1, freshNonce()))) as number[])[0]!;
      const warmMs = (await evaluateIn(cdp, executionContextId, walkSource(WALK_RUNS))) as number[];
      const chars = Number(await evaluateIn(cdp, executionContextId, WALK_CHARS_SOURCE));
      return { coldMs, warmMs, chars };
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  } finally {
    await page.close();
  }
}

interface ScanMeasure {
  startTime: number;
  duration: number;
  detail: Record<string, number | boolean | string> | null;
}

/** Waits until the content scripts' timings (kept in their isolated world) hold one named `name` that `pick` takes. */
async function waitForTiming(page: Page, name: string, timeoutMs: number, pick: (t: Timing) => boolean) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await extensionTimings(page, name)).find(pick);
    if (found) return found;
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(50);
  }
}

async function scanMeasure(page: Page): Promise<ScanMeasure> {
  const scan = await waitForTiming(page, 'second-look:scan', SCAN_TIMEOUT_MS, () => true);
  if (!scan) throw new Error(`no second-look:scan timing within ${SCAN_TIMEOUT_MS} ms`);
  return { startTime: scan.startTime, duration: scan.duration, detail: scan.detail as ScanMeasure['detail'] };
}

const ADDED_PARAGRAPH = 'A paragraph the benchmark added to the page after its first scan.';

async function mutationCost(page: Page): Promise<number | null> {
  const since = await page.evaluate((text) => {
    const t = performance.now();
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
    return t;
  }, ADDED_PARAGRAPH);
  const mutation = await waitForTiming(page, 'second-look:mutation', 10_000, (t) => t.startTime >= since);
  return mutation ? mutation.duration : null;
}

type ScanLoad = Omit<
  PageResult,
  'walkMs' | 'warmWalkMs' | 'mainWalkMs' | 'ratio' | 'textChars' | 'tracedMs' | 'tracedRatio'
> & {
  textChars: number;
};

/** The scan load: the page under the curated address, the content script's first scan and a mutation. */
async function scanLoad(context: BrowserContext, name: string): Promise<ScanLoad> {
  const page = await context.newPage();
  try {
    await page.goto(SCAN_PREFIX + encodeURIComponent(name), {
      waitUntil: 'domcontentloaded',
      timeout: SCAN_TIMEOUT_MS,
    });
    const scan = await scanMeasure(page);
    const detail = scan.detail ?? {};
    const wallMs = Number(detail.wallMs ?? scan.duration);
    // Tasks on one thread never overlap: a long task that overlaps one of the scan's slices is that slice's
    // task (our work plus whatever rendering ran in it). Other long tasks in the scan's window are the page's.
    const slicesRun = (detail.sliceTimes as unknown as Array<[number, number]> | undefined) ?? [
      [scan.startTime, scan.duration],
    ];
    const tasks = await page.evaluate(
      () =>
        (window as unknown as { __secondLookLongTasks?: Array<{ start: number; duration: number }> })
          .__secondLookLongTasks ?? [],
    );
    const overlaps = (t: { start: number; duration: number }, start: number, end: number) =>
      t.start < end && t.start + t.duration > start;
    const ownLongTasks = tasks.filter((t) => slicesRun.some(([start, ms]) => overlaps(t, start, start + ms)));
    const longestSliceMs = Number(detail.longestSliceMs ?? scan.duration);
    const longestTaskMs = Math.max(longestSliceMs, ...ownLongTasks.map((t) => t.duration));
    const pageLongestTaskMs = Math.max(
      0,
      ...tasks.filter((t) => overlaps(t, scan.startTime, scan.startTime + wallMs)).map((t) => t.duration),
    );
    if (process.env.BENCH_DEBUG) {
      const tasks = await page.evaluate(
        () => (window as unknown as { __secondLookLongTasks?: unknown[] }).__secondLookLongTasks,
      );
      process.stderr.write(
        `scan window ${scan.startTime.toFixed(0)}+${wallMs.toFixed(0)} long tasks ${JSON.stringify(tasks)}\n`,
      );
    }
    const shop = detail.shop === true;
    const mutationMs = shop ? await mutationCost(page) : null;
    if (process.env.BENCH_DEBUG) process.stderr.write(`${name} ${JSON.stringify(detail)}\n`);
    // Only to compare the loads, after every measurement: how much text the walk reads on this one.
    await page.evaluate(walkSource(1));
    const textChars =
      Number(await page.evaluate(WALK_CHARS_SOURCE)) - (mutationMs === null ? 0 : ADDED_PARAGRAPH.length);
    return {
      file: name,
      scanMs: round(scan.duration),
      longestTaskMs: round(longestTaskMs),
      findings: Number(detail.findings ?? 0),
      mutationMs: mutationMs === null ? null : round(mutationMs),
      shop,
      longestSliceMs: round(longestSliceMs),
      pageLongestTaskMs: round(pageLongestTaskMs),
      slices: Number(detail.slices ?? 1),
      candidates: Number(detail.candidates ?? 0),
      blocks: Number(detail.blocks ?? 0),
      textChars,
    };
  } finally {
    await page.close();
  }
}

/** A load of its own, traced: the extension's main-thread time until the first scan's timing is there. */
async function tracedScanLoad(context: BrowserContext, name: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cost = await traceExtensionCost(page, async () => {
      await page.goto(SCAN_PREFIX + encodeURIComponent(name), {
        waitUntil: 'domcontentloaded',
        timeout: SCAN_TIMEOUT_MS,
      });
      await scanMeasure(page);
    });
    return cost.threadMs;
  } finally {
    await page.close();
  }
}

/** One run of a page: the scan load, the isolated-world walk load, the main-world walk load, the traced load. */
async function measure(context: BrowserContext, served: Map<string, string>, file: string): Promise<PageResult> {
  const name = basename(file);
  served.set(name, file);
  const scan = await scanLoad(context, name);
  const isolated = await walkLoad(context, name, 'isolated');
  const main = await walkLoad(context, name, 'main');
  const tracedMs = await tracedScanLoad(context, name);
  const textChars = { scan: scan.textChars, isolated: isolated.chars, main: main.chars };
  if (process.env.BENCH_DEBUG) {
    process.stderr.write(
      `${name} walks: isolated cold ${isolated.coldMs.toFixed(1)}, warm ${isolated.warmMs.map((w) => w.toFixed(1)).join(' ')}; main cold ${main.coldMs.toFixed(1)}; text chars ${JSON.stringify(textChars)}\n`,
    );
  }
  const chars = Object.values(textChars);
  if (Math.max(...chars) - Math.min(...chars) > 0.01 * Math.max(...chars)) {
    process.stderr.write(`note: ${name}: the loads read different text (characters ${JSON.stringify(textChars)})\n`);
  }
  return {
    ...scan,
    walkMs: round(isolated.coldMs),
    warmWalkMs: round(median(isolated.warmMs)),
    mainWalkMs: round(main.coldMs),
    ratio: round(scan.scanMs / isolated.coldMs),
    tracedMs: round(tracedMs),
    tracedRatio: round(tracedMs / isolated.coldMs),
    textChars,
  };
}

interface NonShopLoad {
  cost: MainThreadCost;
  /** The gate script's own measure (from its first statement), or null for the empty content script. */
  markMs: number | null;
  shop: boolean;
}

/** One traced load of the non-shop article at the shop address, in `page`. */
async function nonShopLoad(page: Page, name: string, visit: number, gateScript: boolean): Promise<NonShopLoad> {
  const cost = await traceExtensionCost(page, async () => {
    await page.goto(`${SCAN_PREFIX}${encodeURIComponent(name)}?visit=${visit}`, {
      waitUntil: 'load',
      timeout: SCAN_TIMEOUT_MS,
    });
    await page.waitForTimeout(NON_SHOP_WATCH_MS);
  });
  if (cost.tasks === 0) throw new Error(`${name}: no content script ran (the trace shows no extension task)`);
  if (!gateScript) return { cost, markMs: null, shop: false };
  const [scan] = await extensionTimings(page, 'second-look:scan');
  if (!scan) throw new Error(`${name}: the gate script left no second-look:scan timing`);
  return { cost, markMs: scan.duration, shop: scan.detail.shop === true };
}

/**
 * Two visits of the article in a new tab: the first in a fresh renderer process (the script compiled from
 * nothing, each of its functions on first call, the isolate's first use of each DOM binding), the second in the
 * same tab, so the same process (V8 keeps the compiled script per process: what every later page of a site read
 * in that tab costs).
 */
async function nonShopVisits(context: BrowserContext, name: string, gateScript: boolean) {
  const page = await context.newPage();
  try {
    const first = await nonShopLoad(page, name, 1, gateScript);
    const later = await nonShopLoad(page, name, 2, gateScript);
    return { first, later };
  } finally {
    await page.close();
  }
}

interface NonShopCost {
  /** Medians over the loads. */
  threadMs: number;
  wallMs: number;
  compileMs: number;
  tasks: number;
  /** The gate script's own mark (null for the empty content script). */
  markMs: number | null;
}

interface NonShopResult {
  file: string;
  shop: boolean;
  loads: number;
  /** A later page in the same tab: the cost the budget is about (paid on every page). */
  later: NonShopCost;
  /** The first page in a fresh renderer process (paid once per process). */
  first: NonShopCost;
  /** The same measures for a content script that does nothing. */
  emptyScript: { later: NonShopCost; first: NonShopCost };
}

const summarise = (loads: NonShopLoad[]): NonShopCost => ({
  threadMs: round(median(loads.map((l) => l.cost.threadMs))),
  wallMs: round(median(loads.map((l) => l.cost.wallMs))),
  compileMs: round(median(loads.map((l) => l.cost.compileMs))),
  tasks: median(loads.map((l) => l.cost.tasks)),
  markMs: loads.some((l) => l.markMs === null) ? null : round(median(loads.map((l) => l.markMs!))),
});

/** A content script that does nothing, in an extension of its own (for the floor of any content script). */
function writeEmptyScriptExtension(dir: string): void {
  const host = new URL(SCAN_PREFIX).hostname;
  const manifest = {
    manifest_version: 3,
    name: 'Second Look bench: an empty content script',
    version: '1.0',
    content_scripts: [{ matches: [`*://${host}/*`], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), 'void 0;\n');
}

/** What `--json` gives of each page (the rest is for the table and BENCH_DEBUG). */
const JSON_PAGE_FIELDS = [
  'file',
  'scanMs',
  'walkMs',
  'warmWalkMs',
  'mainWalkMs',
  'ratio',
  'tracedMs',
  'tracedRatio',
  'longestTaskMs',
  'findings',
  'mutationMs',
] as const satisfies ReadonlyArray<keyof PageResult>;

function table(rows: PageResult[]): string {
  const head = [
    'page',
    'scan ms',
    'walk ms',
    'ratio',
    'traced ms',
    'traced ratio',
    'warm walk ms',
    'main-world walk ms',
    'longest task ms',
    'page long task ms',
    'findings',
    'mutation ms',
  ];
  const body = rows.map((r) => [
    r.file,
    r.scanMs.toFixed(1),
    r.walkMs.toFixed(1),
    r.ratio.toFixed(2),
    r.tracedMs.toFixed(1),
    r.tracedRatio.toFixed(2),
    r.warmWalkMs.toFixed(1),
    r.mainWalkMs.toFixed(1),
    r.longestTaskMs.toFixed(1),
    r.pageLongestTaskMs.toFixed(0),
    String(r.findings),
    r.mutationMs === null ? '-' : r.mutationMs.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Chromium with one extension, the pages of `served` answering at PREFIXES and every other request blocked. */
async function launch(
  extensionDir: string,
  served: Map<string, string>,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'second-look-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: extensionLaunchArgs(extensionDir),
  });
  await context.addInitScript(installLongTaskObserver);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const prefix = PREFIXES.find((p) => url.startsWith(p));
    if (prefix) {
      const name = decodeURIComponent(url.slice(prefix.length).split(/[?#]/)[0]!);
      const path = served.get(name);
      if (path)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path) });
    }
    return route.abort('blockedbyclient');
  });
  const close = async (): Promise<void> => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/** The non-shop article: NON_SHOP_LOADS pairs of visits with the extension, as many with the empty content script. */
async function measureNonShop(context: BrowserContext, served: Map<string, string>, loads: number) {
  const name = basename(NON_SHOP_FIXTURE);
  served.set(name, NON_SHOP_FIXTURE);
  const ours: Array<{ first: NonShopLoad; later: NonShopLoad }> = [];
  for (let i = 0; i < loads; i++) ours.push(await nonShopVisits(context, name, true));
  const emptyDir = mkdtempSync(join(tmpdir(), 'second-look-bench-empty-script-'));
  const empty: Array<{ first: NonShopLoad; later: NonShopLoad }> = [];
  try {
    writeEmptyScriptExtension(emptyDir);
    const floor = await launch(emptyDir, served);
    try {
      for (let i = 0; i < loads; i++) empty.push(await nonShopVisits(floor.context, name, false));
    } finally {
      await floor.close();
    }
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
  }
  if (process.env.BENCH_DEBUG) {
    for (const visits of ours) process.stderr.write(`${name} ${JSON.stringify(visits)}\n`);
    const show = (list: NonShopLoad[]) => list.map((l) => l.cost.threadMs.toFixed(2)).join(' ');
    process.stderr.write(
      `${name} empty content script: first ${show(empty.map((v) => v.first))}; later ${show(empty.map((v) => v.later))}\n`,
    );
  }
  const result: NonShopResult = {
    file: name,
    shop: ours.some((v) => v.first.shop || v.later.shop),
    loads,
    later: summarise(ours.map((v) => v.later)),
    first: summarise(ours.map((v) => v.first)),
    emptyScript: { later: summarise(empty.map((v) => v.later)), first: summarise(empty.map((v) => v.first)) },
  };
  return result;
}

async function main(): Promise<void> {
  const { pagesDir, json, runs, match } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('The extension is not built: run `npm run build`.');
  if (!existsSync(pagesDir)) throw new Error(`No pages at ${pagesDir} (give --pages DIR)`);
  const files = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html') && f.includes(match))
    .sort()
    .map((f) => join(pagesDir, f));

  const served = new Map<string, string>();
  const { context, close } = await launch(EXTENSION_DIR, served);
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');

    const pages: PageResult[] = [];
    const measureMedian = async (file: string): Promise<PageResult> => {
      const results: PageResult[] = [];
      for (let run = 0; run < runs; run++) results.push(await measure(context, served, file));
      results.sort((a, b) => a.ratio - b.ratio);
      const result = results[Math.floor((results.length - 1) / 2)]!;
      // The longest task is a worst case: the worst over the runs.
      return {
        ...result,
        longestTaskMs: Math.max(...results.map((r) => r.longestTaskMs)),
        pageLongestTaskMs: Math.max(...results.map((r) => r.pageLongestTaskMs)),
      };
    };
    for (const file of files) {
      const result = await measureMedian(file);
      pages.push(result);
      if (!json && process.env.BENCH_DEBUG) process.stderr.write(`${JSON.stringify(result)}\n`);
    }
    const nonShop = existsSync(NON_SHOP_FIXTURE)
      ? await measureNonShop(context, served, Math.max(NON_SHOP_LOADS, runs))
      : null;
    const medianRatio = round(median(pages.map((p) => p.ratio)));
    const heaviest = [...files].sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
    const heaviestRow = pages.find((p) => p.file === (heaviest && basename(heaviest)));

    if (json) {
      console.log(
        JSON.stringify(
          {
            pages: pages.map((page) => Object.fromEntries(JSON_PAGE_FIELDS.map((key) => [key, page[key]]))),
            medianRatio,
            medianTracedRatio: round(median(pages.map((p) => p.tracedRatio))),
            medianScanMs: round(median(pages.map((p) => p.scanMs))),
            medianWalkMs: round(median(pages.map((p) => p.walkMs))),
            medianWarmWalkMs: round(median(pages.map((p) => p.warmWalkMs))),
            medianMainWalkMs: round(median(pages.map((p) => p.mainWalkMs))),
            medianMutationMs: round(median(pages.flatMap((p) => (p.mutationMs === null ? [] : [p.mutationMs])))),
            heaviest: heaviestRow
              ? {
                  file: heaviestRow.file,
                  longestTaskMs: heaviestRow.longestTaskMs,
                  pageLongestTaskMs: heaviestRow.pageLongestTaskMs,
                }
              : null,
            nonShop,
          },
          null,
          2,
        ),
      );
      return;
    }
    console.log(table(pages));
    console.log('');
    console.log(
      `medians: scan ${median(pages.map((p) => p.scanMs)).toFixed(1)} ms, cold walk (isolated world) ${median(pages.map((p) => p.walkMs)).toFixed(1)} ms, ratio ${medianRatio.toFixed(2)} (budget 3), traced ratio ${median(pages.map((p) => p.tracedRatio)).toFixed(2)} (compile included), warm walk ${median(pages.map((p) => p.warmWalkMs)).toFixed(1)} ms, main-world cold walk ${median(pages.map((p) => p.mainWalkMs)).toFixed(1)} ms, mutation ${median(pages.flatMap((p) => (p.mutationMs === null ? [] : [p.mutationMs]))).toFixed(2)} ms`,
    );
    if (heaviestRow) {
      console.log(
        `heaviest page ${heaviestRow.file}: longest task of the scan ${heaviestRow.longestTaskMs.toFixed(1)} ms (budget 50); the page's own longest task in the same window ${heaviestRow.pageLongestTaskMs.toFixed(0)} ms`,
      );
    }
    if (nonShop) {
      const { later, first, emptyScript } = nonShop;
      console.log(
        `non-shop article ${nonShop.file}: ${nonShop.shop ? 'taken for a shop!' : 'not a shop'}; the extension's main-thread time per page ${later.threadMs.toFixed(2)} ms (budget ${NON_SHOP_BUDGET_MS}): a later page in the same tab, median of ${nonShop.loads}, traced (${later.tasks} task(s) in ${NON_SHOP_WATCH_MS / 1000} s after load; compile ${later.compileMs.toFixed(2)} ms; wall ${later.wallMs.toFixed(2)} ms; the gate script's own mark ${later.markMs?.toFixed(2)} ms); an empty content script ${emptyScript.later.threadMs.toFixed(2)} ms`,
      );
      console.log(
        `  the first page in a fresh renderer process (once per process: nothing compiled yet): ${first.threadMs.toFixed(2)} ms (compile ${first.compileMs.toFixed(2)} ms; ${first.tasks} task(s); wall ${first.wallMs.toFixed(2)} ms; own mark ${first.markMs?.toFixed(2)} ms); an empty content script ${emptyScript.first.threadMs.toFixed(2)} ms`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
