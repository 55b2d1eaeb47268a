// Content script (/page-scanner.js, declared in wxt.config.ts's manifest and registered for the user's added sites,
// src/added-sites.ts): gate first. main() looks at the host (a denied host, src/site-policy.ts: banks, health,
// government, webmail, is never read and gets an empty report), then runs the shop gate at idle
// (src/page/shop-watch.ts) and builds nothing else on a page that is not a shop: the scanner, its trackers and
// the settings watcher cost a non-shop page nothing, and nothing is sent from it; one message listener waits for
// "Scan this page" (the popup's 'scan'). On a shop (at first, after a re-check, a route change or that request)
// it wires the page scanner (src/page/scanner.ts) to the background (which runs the detector
// on candidate blocks), the user's settings and route changes. Logic lives in src/page; neither the catalogue
// nor zod is in this bundle (src/page/wire.ts, page-settings.ts).
//
// A WXT unlisted script, not a defineContentScript: WXT wraps a content script's main() in a
// ContentScriptContext, which on every page dispatches "<extension id>:content:wxt:content-script-started" on
// document and posts it to window, so any page learns that Second Look is installed and its id, and pays for
// the page's listeners on our time. Nothing here needs it: src/page/lifecycle.ts claims the page, watches route
// changes by polling location.href and stops when the extension is gone.
// First: its clock starts before any other module's top-level code runs.
import { SCRIPT_STARTED_AT } from '../src/page/load-clock';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { messageAnalysis } from '../src/page/analysis';
import { watchPageSettings } from '../src/page/page-settings';
import { claimPage, extensionAlive, releasePage, watchRoute } from '../src/page/lifecycle';
import { startPageScanner } from '../src/page/scanner';
import { watchShop, type ShopScanner } from '../src/page/shop-watch';
import type { ShopGateResult } from '../src/page/shop-gate';
import { startOnAllowedHost } from '../src/page/host-policy';
import { findingsReport, receiveToContent } from '../src/page/wire';
import { SHOP_HOSTS } from '../src/shop-hosts';

export default defineUnlistedScript({
  main() {
    const setupStartedAt = SCRIPT_STARTED_AT;
    const report = (findings: Parameters<typeof findingsReport>[1]): void => {
      browser.runtime.sendMessage(findingsReport(location.href, findings)).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    };
    // "Scan this page" may inject the script again: one scanner per page.
    if (!claimPage()) return;
    if (!startOnAllowedHost(location.hostname, report)) return;
    const curatedHost = () => SHOP_HOSTS.some((pattern) => new MatchPattern(pattern).includes(location.href));

    /** A shop: the scanner scans at once (no second gate), once the settings are read. */
    const startScanner = (gate: ShopGateResult, setupMs: number): ShopScanner => {
      const scanner = startPageScanner({
        doc: document,
        analysis: messageAnalysis((message) => browser.runtime.sendMessage(message)),
        curatedHost,
        report,
        gate,
        setupMs,
        setupStartedAt: performance.now(),
      });
      const unwatch = watchPageSettings(browser.storage.sync, browser.storage.onChanged, (settings) =>
        scanner.applySettings(settings),
      );
      reveal = (blockId) => scanner.reveal(blockId);
      return {
        routeChanged: () => scanner.routeChanged(),
        stop: () => {
          reveal = null;
          unwatch();
          scanner.stop();
        },
      };
    };
    let reveal: ((blockId: string) => void) | null = null;
    const onMessage = (raw: unknown): undefined => {
      const message = receiveToContent(raw);
      if (message?.type === 'reveal') reveal?.(message.blockId);
      else if (message?.type === 'scan') watch.scanAnyway();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    const alive = () => extensionAlive(() => browser.runtime);
    const stop = (): void => {
      stopRouteWatch();
      browser.runtime?.onMessage.removeListener(onMessage);
      watch.stop();
      releasePage();
    };
    const stopRouteWatch = watchRoute({
      win: window,
      onRouteChange: () => watch.routeChanged(),
      onExtensionGone: stop,
      alive,
    });
    // Last, so that the setup it counts is the whole of main().
    const watch = watchShop({ doc: document, curatedHost, startScanner, setupStartedAt });
  },
});
