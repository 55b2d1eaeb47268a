// Gate first: the gate script (entrypoints/page-gate.ts) runs the shop gate (shop-gate.ts) at once, in its own
// first task, and builds nothing else. Most pages a curated host serves are not shops (articles, help, account
// pages): there the whole cost is the small gate script, the gate and a MutationObserver that looks again a few
// times, and the extension API is never touched. Each further task costs the page (entering the isolated world,
// a callback): the gate does not wait for an idle callback unless its first slice ran out of budget, and the
// re-checks take one observer callback and one timer per look, however often the page changes. Nothing is sent
// from such a page: the background cleared the tab's findings when it navigated, and the popup shows "not read"
// with a button that asks for a scan anyway (scanAnyway, through the gate script's hook). Only once the page is a
// shop or the user asks is startScanner called: the gate script hands the gate's answer over (handoff.ts) and
// the background injects the scanner script (entrypoints/page-scanner.ts: the scanner, scanner.ts, its trackers
// and the settings watcher).
import { createIdleScheduler, publishTiming, type IdleScheduler } from './idle';
import { ROUTE_SETTLE_MS } from './lifecycle';
import { createShopGate, finishGateAtIdle, type ShopGateResult, type ShopGateOptions } from './shop-gate';

/** A page that is not a shop is looked at again this many times at most, when its content changes. */
export const MAX_GATE_RECHECKS = 3;
/** Wait after a mutation on a page that is not (yet) a shop before the gate looks again. */
export const GATE_RECHECK_SETTLE_MS = 1_000;
const WATCHED: MutationObserverInit = { childList: true, subtree: true };

/**
 * Calls `recheck` GATE_RECHECK_SETTLE_MS after the page's content changes, at most MAX_GATE_RECHECKS times
 * (a feed that keeps growing is not looked at forever). The observer lets go after its first callback and
 * observes again only after the look: a page that changes all the time (a clock, a carousel) costs one callback
 * per look, not one per change. Returns the stop function.
 */
export function recheckOnMutations(doc: Document, recheck: () => void): () => void {
  let rechecks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const observer = new MutationObserver(() => {
    observer.disconnect();
    if (timer !== undefined || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped) return;
      // Observed again before the look, which may stop this (a shop at last).
      if (++rechecks < MAX_GATE_RECHECKS) observer.observe(doc, WATCHED);
      recheck();
    }, GATE_RECHECK_SETTLE_MS);
  });
  // The document, not its body: no element is touched (see shop-gate.ts), and a JSON-LD or og:type added to
  // the head counts as a change too.
  observer.observe(doc, WATCHED);
  return () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
  };
}

/** What the content script builds on a shop: the scanner and its wiring. */
export interface ShopScanner {
  routeChanged(): void;
  stop(): void;
}

export interface ShopWatchOptions {
  doc: Document;
  curatedHost: ShopGateOptions['curatedHost'];
  /** Builds the scanner on a shop; it scans at once, trusting `gate`. `setupMs`: setup not yet counted. */
  startScanner: (gate: ShopGateResult, setupMs: number) => ShopScanner;
  /** When the content script began (its first statement): its setup counts in the first measure. */
  setupStartedAt?: number;
  now?: () => number;
}

export type ShopWatchState = 'gating' | 'not-shop' | 'shop' | 'stopped';

export interface ShopWatch {
  /** The single-page app changed its address: the scanner's business once there is one, else gate again. */
  routeChanged(): void;
  /** The user asked for a scan of this page ("Scan this page"): the scanner starts whatever the gate said. */
  scanAnyway(): void;
  stop(): void;
  readonly state: ShopWatchState;
}

export function watchShop(options: ShopWatchOptions): ShopWatch {
  const { doc } = options;
  const now = options.now ?? (() => performance.now());
  /** Made only when a gate outlasts its first slice. */
  let scheduler: IdleScheduler | null = null;
  let state: ShopWatchState = 'gating';
  let scanner: ShopScanner | null = null;
  let stopRecheck: (() => void) | null = null;
  let routeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Setup not yet counted in a measure (counted once). */
  let setupMs = options.setupStartedAt === undefined ? 0 : Math.max(0, now() - options.setupStartedAt);

  /** The gate's answer; `announce`: a page that is not a shop gets its measure (not on a re-check). */
  const decide = (result: ShopGateResult, announce: boolean, gateStartedAt: number): void => {
    if (state === 'stopped' || scanner) return;
    const setup = setupMs;
    if (result.shop) {
      setupMs = 0;
      stopRecheck?.();
      stopRecheck = null;
      state = 'shop';
      scanner = options.startScanner(result, setup);
      return;
    }
    state = 'not-shop';
    stopRecheck ??= recheckOnMutations(doc, () => gate(false));
    if (!announce) return;
    setupMs = 0;
    // The measure starts where the gate's first slice did; its time is the slices' own, not the wait between.
    publishTiming('scan', gateStartedAt, result.ms + setup, {
      shop: false,
      setupMs: setup,
      signal: result.signal,
      gateMs: result.ms,
      overBudget: result.overBudget,
      blocks: 0,
      findings: 0,
    });
  };
  /** Runs the gate now; past its first slice's budget it goes on at idle, in as many slices as it needs. */
  const gate = (announce: boolean): void => {
    scheduler?.cancel();
    const startedAt = now();
    const shopGate = createShopGate(doc, { curatedHost: options.curatedHost, now });
    const result = shopGate.step();
    if (result) {
      decide(result, announce, startedAt);
      return;
    }
    scheduler ??= createIdleScheduler(now);
    finishGateAtIdle(
      shopGate,
      scheduler,
      (resumed) => decide(resumed, announce, startedAt),
      () => state !== 'stopped' && !scanner,
    );
  };

  gate(true);

  return {
    get state() {
      return state;
    },
    routeChanged() {
      if (state === 'stopped') return;
      if (scanner) {
        scanner.routeChanged();
        return;
      }
      // Not a shop (yet): the new view gets the gate again, and its own re-checks, once it has rendered.
      scheduler?.cancel();
      stopRecheck?.();
      stopRecheck = null;
      clearTimeout(routeTimer);
      state = 'gating';
      routeTimer = setTimeout(() => gate(true), ROUTE_SETTLE_MS);
    },
    scanAnyway() {
      if (state === 'stopped' || scanner) return;
      scheduler?.cancel();
      clearTimeout(routeTimer);
      decide({ shop: true, signal: 'asked', ms: 0, overBudget: false }, false, now());
    },
    stop() {
      state = 'stopped';
      scheduler?.cancel();
      clearTimeout(routeTimer);
      stopRecheck?.();
      stopRecheck = null;
      scanner?.stop();
      scanner = null;
    },
  };
}
