// The content script's lifecycle, without trusting anything the page can dispatch: WXT's location-change and
// "newer script started" events are DOM events a page can forge (and WXT's ContentScriptContext announces itself
// to the page, which is why entrypoints/page-gate.ts and page-scanner.ts are unlisted scripts without it), so navigation is
// noticed by comparing location.href, and the script stops only when the extension itself is gone.

/** How often location.href is compared to notice single-page-app navigation (and an extension reload). */
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

export interface RouteWatchOptions {
  win: Pick<Window, 'location' | 'setInterval' | 'clearInterval' | 'addEventListener' | 'removeEventListener'>;
  onRouteChange: () => void;
  /** Called once when the extension is gone; the watcher stops itself then. */
  onExtensionGone: () => void;
  alive: () => boolean;
  pollMs?: number;
}

/** Calls onRouteChange when location.href really changed; a forged event changes nothing. */
export function watchRoute({ win, onRouteChange, onExtensionGone, alive, pollMs = ROUTE_POLL_MS }: RouteWatchOptions) {
  let last = win.location.href;
  const check = (): void => {
    if (!alive()) {
      stop();
      onExtensionGone();
      return;
    }
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onRouteChange();
  };
  const timer = win.setInterval(check, pollMs);
  win.addEventListener('popstate', check);
  const stop = (): void => {
    win.clearInterval(timer);
    win.removeEventListener('popstate', check);
  };
  return stop;
}
