// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TIMINGS_KEY, timingsNamed } from '../../src/page/idle';
import { ROUTE_SETTLE_MS } from '../../src/page/lifecycle';
import type { ShopGateResult } from '../../src/page/shop-gate';
import {
  GATE_RECHECK_SETTLE_MS,
  MAX_GATE_RECHECKS,
  recheckOnMutations,
  watchShop,
  type ShopWatch,
} from '../../src/page/shop-watch';

function articlePage(): void {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = 'FREE gift with purchase (an article about gifts).';
  document.body.append(p);
}

/** Turns the page into a shop the way a single-page app would: an og:type product added later. */
function becomeShop(): void {
  const meta = document.createElement('meta');
  meta.setAttribute('property', 'og:type');
  meta.setAttribute('content', 'product');
  document.head.append(meta);
}

function scanMeasures(): Array<Record<string, unknown>> {
  return timingsNamed('second-look:scan').map((t) => t.detail);
}

function clearTimings(): void {
  delete (globalThis as unknown as Record<symbol, unknown>)[TIMINGS_KEY];
}

/** The watch's clock: still unless a test moves it (a gate then takes no time and decides in its first slice). */
let clock = 1_000;
let tick = 0;
const now = (): number => (clock += tick);

/** A watch over the page with a fake scanner; what it built is recorded. */
function watch(curatedHost: boolean | (() => boolean) = false) {
  const started: Array<{ gate: ShopGateResult; setupMs: number }> = [];
  const scanner = { routeChanged: vi.fn(), stop: vi.fn() };
  const shopWatch = watchShop({
    doc: document,
    curatedHost,
    startScanner: (gate, setupMs) => {
      started.push({ gate, setupMs });
      return scanner;
    },
    setupStartedAt: clock - 5,
    now,
  });
  current = shopWatch;
  return { shopWatch, started, scanner };
}

/** Lets the settle timer run out and the idle gate after it. */
async function settle(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms + 50);
}

let current: ShopWatch | null = null;
beforeEach(() => {
  // Not performance: the measures are read from it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback', 'cancelIdleCallback'] });
  clearTimings();
  articlePage();
  tick = 0;
});
afterEach(() => {
  current?.stop();
  current = null;
  vi.useRealTimers();
});

describe('watchShop (gate first)', () => {
  it('on a page that is not a shop: the measure, no scanner (and nothing sent: there is no report to make)', async () => {
    const { shopWatch, started } = watch();
    // At once, in the script's own task: no idle callback, no timer.
    expect(shopWatch.state).toBe('not-shop');
    expect(vi.getTimerCount()).toBe(0);
    expect(started).toEqual([]);
    const [measure, ...rest] = scanMeasures();
    expect(rest).toEqual([]);
    expect(measure).toMatchObject({ shop: false, signal: 'none', blocks: 0, findings: 0 });
    expect(typeof measure!.gateMs).toBe('number');
    // The content script's setup counts in the measure.
    expect(measure!.setupMs).toBe(5);
  });

  it('goes on at idle when the gate outlasts its first slice (a busy machine), and decides then', async () => {
    tick = 3; // every clock read takes 3 ms: the first slice outlasts its budget at its first yield
    const { shopWatch, started } = watch();
    expect(shopWatch.state).toBe('gating');
    expect(scanMeasures()).toEqual([]);
    await settle(0);
    expect(shopWatch.state).toBe('not-shop');
    expect(started).toEqual([]);
    expect(scanMeasures()).toEqual([expect.objectContaining({ shop: false, overBudget: true })]);
  });

  it('on a shop: builds the scanner with the gate answer and the setup, and measures nothing itself', async () => {
    becomeShop();
    const { shopWatch, started } = watch();
    await settle(0);
    expect(shopWatch.state).toBe('shop');
    expect(started).toHaveLength(1);
    expect(started[0]!.gate).toMatchObject({ shop: true, signal: 'og-product' });
    expect(started[0]!.setupMs).toBe(5);
    expect(scanMeasures()).toEqual([]);
  });

  it('starts the scanner when the page becomes a shop after a mutation', async () => {
    const { shopWatch, started } = watch();
    await settle(0);
    becomeShop();
    await settle(GATE_RECHECK_SETTLE_MS / 2);
    expect(started).toEqual([]); // still settling
    await settle(GATE_RECHECK_SETTLE_MS / 2);
    expect(shopWatch.state).toBe('shop');
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ gate: { shop: true, signal: 'og-product' }, setupMs: 0 });
    // A re-check publishes no measure of its own.
    expect(scanMeasures()).toHaveLength(1);
  });

  it(`looks again at most ${MAX_GATE_RECHECKS} times however often the page changes`, async () => {
    let gates = 0;
    // On a product-like address the gate asks whether the host is curated: one question per gate run.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://shop.example/p/kettle-42',
    );
    const { shopWatch, started } = watch(() => {
      gates++;
      return false;
    });
    await settle(0);
    expect(gates).toBe(1);
    for (let i = 0; i < MAX_GATE_RECHECKS + 3; i++) {
      document.body.append(document.createElement('div'));
      await settle(GATE_RECHECK_SETTLE_MS);
    }
    expect(gates).toBe(1 + MAX_GATE_RECHECKS);
    expect(shopWatch.state).toBe('not-shop');
    expect(started).toEqual([]);
  });

  it('gates again after a route change on a page that is not a shop, and builds the scanner on a shop', async () => {
    const { shopWatch, started } = watch();
    await settle(0);
    shopWatch.routeChanged();
    await settle(ROUTE_SETTLE_MS);
    // The new view is no shop either: its own measure (the setup counted once, in the first).
    expect(scanMeasures().map((m) => m.setupMs === 0)).toEqual([false, true]);
    becomeShop();
    shopWatch.routeChanged();
    await settle(ROUTE_SETTLE_MS);
    expect(shopWatch.state).toBe('shop');
    expect(started).toHaveLength(1);
  });

  it('hands route changes to the scanner once there is one; stop stops it and what it watched', async () => {
    becomeShop();
    const { shopWatch, started, scanner } = watch();
    await settle(0);
    shopWatch.routeChanged();
    expect(scanner.routeChanged).toHaveBeenCalledTimes(1);
    shopWatch.stop();
    expect(scanner.stop).toHaveBeenCalledTimes(1);
    expect(shopWatch.state).toBe('stopped');
    shopWatch.routeChanged();
    expect(scanner.routeChanged).toHaveBeenCalledTimes(1);
    expect(started).toHaveLength(1);
  });

  it('stopped on a page that is not a shop: no more gates or scanners', async () => {
    const { shopWatch, started } = watch();
    await settle(0);
    shopWatch.routeChanged();
    shopWatch.stop();
    becomeShop();
    await settle(ROUTE_SETTLE_MS + GATE_RECHECK_SETTLE_MS);
    expect(scanMeasures()).toHaveLength(1);
    expect(started).toEqual([]);
    shopWatch.scanAnyway();
    expect(started).toEqual([]);
  });

  it('scans a page that is not a shop when the user asks, once', async () => {
    const { shopWatch, started, scanner } = watch();
    await settle(0);
    expect(shopWatch.state).toBe('not-shop');
    shopWatch.scanAnyway();
    expect(shopWatch.state).toBe('shop');
    expect(started).toEqual([{ gate: { shop: true, signal: 'asked', ms: 0, overBudget: false }, setupMs: 0 }]);
    shopWatch.scanAnyway();
    expect(started).toHaveLength(1);
    // The re-checks stopped with the scanner's start: a page that becomes a shop builds no second one.
    becomeShop();
    await settle(GATE_RECHECK_SETTLE_MS);
    expect(started).toHaveLength(1);
    expect(scanner.stop).not.toHaveBeenCalled();
  });
});

describe('recheckOnMutations', () => {
  it('calls back once per settled burst of changes, at most MAX_GATE_RECHECKS times, until stopped', async () => {
    const recheck = vi.fn();
    const stop = recheckOnMutations(document, recheck);
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('div'));
    await settle(GATE_RECHECK_SETTLE_MS);
    expect(recheck).toHaveBeenCalledTimes(1);
    for (let i = 0; i < MAX_GATE_RECHECKS + 2; i++) {
      document.head.append(document.createElement('script'));
      await settle(GATE_RECHECK_SETTLE_MS);
    }
    expect(recheck).toHaveBeenCalledTimes(MAX_GATE_RECHECKS);
    stop();
  });

  it('takes one observer callback per look on a page that changes all the time', async () => {
    const Native = globalThis.MutationObserver;
    let callbacks = 0;
    globalThis.MutationObserver = class extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          callbacks++;
          callback(records, observer);
        });
      }
    };
    try {
      const recheck = vi.fn();
      const stop = recheckOnMutations(document, recheck);
      // A clock that ticks every 50 ms for the whole of two looks.
      for (let i = 0; i < (2 * GATE_RECHECK_SETTLE_MS) / 50; i++) {
        document.body.append(document.createElement('span'));
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(recheck).toHaveBeenCalledTimes(2);
      expect(callbacks).toBeLessThanOrEqual(3);
      stop();
    } finally {
      globalThis.MutationObserver = Native;
    }
  });

  it('stops: a change after stop is not looked at', async () => {
    const recheck = vi.fn();
    const stop = recheckOnMutations(document, recheck);
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(10);
    stop();
    await settle(GATE_RECHECK_SETTLE_MS);
    expect(recheck).not.toHaveBeenCalled();
  });
});
