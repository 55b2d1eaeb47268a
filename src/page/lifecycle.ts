// The content script's lifecycle, without trusting anything the page can dispatch: WXT's location-change and
// "newer script started" events are DOM events a page can forge (and WXT's ContentScriptContext announces itself
// to the page, which is why entrypoints/page-gate.ts and page-scanner.ts are unlisted scripts without it), so navigation is
// noticed by comparing location.href, and the script stops only when the extension itself is gone.

/** Without the Navigation API: how often location.href is compared to notice single-page-app navigation; and how
 * often a script that touched the extension API checks the extension is still there. */
export const ROUTE_POLL_MS = 1_000;
/** Wait after a single-page-app route change for the new view to render before gating or scanning it. */
export const ROUTE_SETTLE_MS = 400;

/** Marks the isolated world's global once the content script runs; the page's main world cannot see it. */
export const RUNNING_MARK = Symbol.for('second-look.content-script');

/** Whether this extension context still exists (false once the extension was reloaded or removed). */
export function extensionAlive(runtime: () => { id?: string } | undefined): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

/** Claims the page for this content script; false when one already runs in this isolated world. */
export function claimPage(scope: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): boolean {
  if (scope[RUNNING_MARK]) return false;
  scope[RUNNING_MARK] = true;
  return true;
}

export function releasePage(scope: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): void {
  delete scope[RUNNING_MARK];
}

/** The part of the Navigation API the route watch listens to (Chromium; absent in older Firefox). */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

export interface RouteWatchOptions {
  win: Pick<Window, 'location' | 'setInterval' | 'clearInterval' | 'addEventListener' | 'removeEventListener'> & {
    navigation?: unknown;
  };
  onRouteChange: () => void;
  pollMs?: number;
}

export interface RouteWatch {
  /** Looks whether location.href changed now (a timer the caller runs anyway may call it). */
  check(): void;
  stop(): void;
}

/**
 * Calls onRouteChange when location.href really changed; a forged event changes nothing. Where the Navigation
 * API exists, its currententrychange (pushState, replaceState, back and forward, fragments) says when to look:
 * no timer runs, so a page that is not a shop gets no task from us while it is read. (A page's own listener
 * could stop that event from reaching ours: on a shop, the gate script's once-a-second alive check calls
 * `check` too.) Elsewhere location.href is polled every ROUTE_POLL_MS, and on popstate.
 */
export function watchRoute({ win, onRouteChange, pollMs = ROUTE_POLL_MS }: RouteWatchOptions): RouteWatch {
  let last = win.location.href;
  const check = (): void => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onRouteChange();
  };
  const navigation = win.navigation as Partial<NavigationEvents> | undefined;
  if (typeof navigation?.addEventListener === 'function' && typeof navigation.removeEventListener === 'function') {
    const events = navigation as NavigationEvents;
    events.addEventListener('currententrychange', check);
    return { check, stop: () => events.removeEventListener('currententrychange', check) };
  }
  const timer = win.setInterval(check, pollMs);
  win.addEventListener('popstate', check);
  return {
    check,
    stop: () => {
      win.clearInterval(timer);
      win.removeEventListener('popstate', check);
    },
  };
}

export interface AliveWatchOptions {
  win: Pick<Window, 'setInterval' | 'clearInterval'>;
  alive: () => boolean;
  /** Called on each check while the extension is there. */
  onTick?: () => void;
  /** Called once when the extension is gone; the watch stops itself then. */
  onExtensionGone: () => void;
  pollMs?: number;
}

/**
 * Checks every ROUTE_POLL_MS that the extension still exists (a reload or removal leaves this script behind,
 * holding the page's claim and its highlights). Started only once the script touched the extension API: a
 * page that is not a shop never does, and gets no timer. Returns the stop function.
 */
export function watchExtensionAlive({
  win,
  alive,
  onTick,
  onExtensionGone,
  pollMs = ROUTE_POLL_MS,
}: AliveWatchOptions) {
  const timer = win.setInterval(() => {
    if (alive()) {
      onTick?.();
      return;
    }
    win.clearInterval(timer);
    onExtensionGone();
  }, pollMs);
  return (): void => win.clearInterval(timer);
}
