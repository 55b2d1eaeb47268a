// The gate script (/page-gate.js): the only content script of the manifest (wxt.config.ts), the one registered
// for the user's added sites (src/added-sites.ts) and the one "Scan this page" injects. It is small on purpose:
// most pages a curated host serves are not shops (articles, help pages), and there this is all that runs.
// main() claims the page (src/page/lifecycle.ts), skips a denied host (src/site-policy.ts: banks, health,
// government, webmail: an empty report, nothing read), runs the shop gate at once with its re-checks
// (src/page/shop-watch.ts) and watches route changes (the Navigation API's events, else by polling
// location.href). On a page that is not a shop it never touches the extension API (`chrome`/`browser`: the first
// touch costs about 1.5 ms), sends nothing, listens to no message and leaves no timer running;
// "Scan this page" calls the hook it defines (SCAN_HOOK) with scripting.executeScript. On a shop (at first,
// after a re-check, a route change or that request) it hands the gate's answer over in the isolated world
// (src/page/handoff.ts) and asks the background for the scanner script (/page-scanner.js,
// entrypoints/page-scanner.ts), which builds the scanner and attaches itself. Only from then on does it check
// every second that the extension is still alive.
//
// A WXT unlisted script, not a defineContentScript: WXT wraps a content script's main() in a
// ContentScriptContext, which on every page dispatches "<extension id>:content:wxt:content-script-started" on
// document and posts it to window, so any page learns that Second Look is installed and its id. No wxt/browser
// import either (it touches the extension API when it loads), nor wxt's MatchPattern (src/shop-hosts.ts
// isShopAddress).
// First: its clock starts before any other module's top-level code runs.
import { SCRIPT_STARTED_AT } from '../src/page/load-clock';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionApi, handOff, SCAN_HOOK } from '../src/page/handoff';
import { claimPage, extensionAlive, releasePage, watchExtensionAlive, watchRoute } from '../src/page/lifecycle';
import { watchShop } from '../src/page/shop-watch';
import { startOnAllowedHost } from '../src/page/host-policy';
import type { Finding } from '../src/core/types';
import { isShopAddress } from '../src/shop-hosts';
import type { ToBackground } from '../src/messages';

export default defineUnlistedScript({
  main() {
    const setupStartedAt = SCRIPT_STARTED_AT;
    // "Scan this page" may inject the script again: one per page.
    if (!claimPage()) return;
    /** Whether the extension this script belongs to is gone (found when asking for the scanner). */
    let gone = false;
    /** Started at the first touch of the extension API: from then on, a gone extension stops this script. */
    let stopAliveWatch: (() => void) | null = null;
    /** Sends to the background; false when the extension is gone (reloaded or removed). */
    const send = (message: ToBackground): boolean => {
      try {
        const runtime = extensionApi()?.runtime;
        if (!runtime?.id) return false;
        runtime.sendMessage(message).catch(() => {
          // The background may be restarting; nothing to do here.
        });
        return true;
      } catch {
        return false;
      }
    };
    // A denied host is never read: an empty report clears whatever the tab showed.
    const reportNothing = (findings: Finding[]): void => {
      send({ type: 'findings', url: location.href.slice(0, 4_000), findings });
    };
    if (!startOnAllowedHost(location.hostname, reportNothing)) return;
    const scope = globalThis as unknown as Record<symbol, unknown>;
    const stop = (): void => {
      stopAliveWatch?.();
      routeWatch.stop();
      watch.stop();
      delete scope[SCAN_HOOK];
      releasePage();
    };
    const routeWatch = watchRoute({ win: window, onRouteChange: () => watch.routeChanged() });
    const watch = watchShop({
      doc: document,
      curatedHost: () => isShopAddress(location.protocol, location.hostname),
      startScanner: (gate, setupMs) =>
        handOff({
          gate,
          setupMs,
          startedAt: setupStartedAt,
          requestScanner: () => {
            stopAliveWatch ??= watchExtensionAlive({
              win: window,
              alive: () => extensionAlive(() => extensionApi()?.runtime),
              onTick: routeWatch.check,
              onExtensionGone: stop,
            });
            if (send({ type: 'start-scanner' })) return;
            // The extension is gone: nothing will scan here any more; the page is free for a new gate script.
            gone = true;
            setTimeout(stop);
          },
        }),
      setupStartedAt,
    });
    // "Scan this page": false when this script belongs to an extension that is gone (the popup injects anew).
    scope[SCAN_HOOK] = (): boolean => {
      watch.scanAnyway();
      return !gone;
    };
  },
});
