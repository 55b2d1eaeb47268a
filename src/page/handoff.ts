// The gate script (entrypoints/page-gate.ts) hands a shop over to the scanner script (entrypoints/page-scanner.ts)
// through a global of the frame's isolated world: both scripts run there, the page's main world cannot see it.
// The gate stores the handoff (its answer and the setup not yet counted), then asks the background to inject
// the scanner script ('start-scanner'); the scanner takes the handoff and attaches itself, so route changes and
// the stop reach it. Until then the gate script has not touched the extension API at all (its first touch costs
// about 1.5 ms, which a page that is not a shop must not pay).
import type { ShopGateResult } from './shop-gate';
import type { ShopScanner } from './shop-watch';

/** The handoff's key in the isolated world's global. */
export const HANDOFF_KEY = Symbol.for('second-look.handoff');
/** "Scan this page": the gate script's hook, which the popup calls with scripting.executeScript (a func). */
export const SCAN_HOOK = Symbol.for('second-look.scan');

type Scope = Record<symbol, unknown>;
const globalScope = (): Scope => globalThis as unknown as Scope;

export interface ScannerHandoff {
  /** The gate's answer: the scanner's first scan trusts it. */
  gate: ShopGateResult;
  /** The gate script's setup and gate wiring not yet counted in a measure (counted in the first scan's). */
  setupMs: number;
  /** When the gate script began (performance.now()). */
  startedAt: number;
  /** The scanner, once built: route changes and the stop go to it. */
  attach(scanner: ShopScanner): void;
}

export interface HandOffOptions {
  gate: ShopGateResult;
  setupMs: number;
  startedAt: number;
  /** Asks for the scanner script (the gate's first touch of the extension API); its time counts as setup. */
  requestScanner: () => void;
  now?: () => number;
  scope?: Scope;
}

/**
 * Stores the handoff and asks for the scanner; returns the ShopScanner the shop watch holds, which forwards to
 * the scanner once it attached (a route change before that is passed on at attach, a stop stops it at once).
 */
export function handOff(options: HandOffOptions): ShopScanner {
  const now = options.now ?? (() => performance.now());
  const scope = options.scope ?? globalScope();
  let scanner: ShopScanner | null = null;
  let routeChanged = false;
  let stopped = false;
  const handoff: ScannerHandoff = {
    gate: options.gate,
    setupMs: options.setupMs,
    startedAt: options.startedAt,
    attach(attached) {
      if (scanner) return;
      if (scope[HANDOFF_KEY] === handoff) delete scope[HANDOFF_KEY];
      scanner = attached;
      if (stopped) attached.stop();
      else if (routeChanged) attached.routeChanged();
    },
  };
  scope[HANDOFF_KEY] = handoff;
  const requestStartedAt = now();
  options.requestScanner();
  handoff.setupMs += Math.max(0, now() - requestStartedAt);
  return {
    routeChanged() {
      if (scanner) scanner.routeChanged();
      else routeChanged = true;
    },
    stop() {
      stopped = true;
      if (scope[HANDOFF_KEY] === handoff) delete scope[HANDOFF_KEY];
      scanner?.stop();
    },
  };
}

/** The scanner script's side: the handoff waiting for it (taken: a second scanner gets none), or null. */
export function takeHandoff(scope: Scope = globalScope()): ScannerHandoff | null {
  const handoff = scope[HANDOFF_KEY] as ScannerHandoff | undefined;
  if (!handoff || typeof handoff.attach !== 'function') return null;
  delete scope[HANDOFF_KEY];
  return handoff;
}

/** What the gate script uses of the extension API. */
export interface GateExtensionApi {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

/**
 * The extension API of this content script world (browser in Firefox, chrome in Chrome), looked up only when
 * needed: the gate script must not touch it on a page that is not a shop.
 */
export function extensionApi(): GateExtensionApi | undefined {
  const g = globalThis as unknown as { browser?: GateExtensionApi; chrome?: GateExtensionApi };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}
