// Content script: wires the page scanner (src/page/scanner.ts) to the background (which runs the detector on
// candidate blocks), the user's settings and route changes. Logic lives in src/page; neither the catalogue
// nor zod is in this bundle (src/page/wire.ts, page-settings.ts). A denied host (src/site-policy.ts: banks,
// health, government, webmail) is never read: the first thing main() does is look, and report nothing.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { messageAnalysis } from '../src/page/analysis';
import { watchPageSettings } from '../src/page/page-settings';
import { claimPage, extensionAlive, releasePage, watchRoute } from '../src/page/lifecycle';
import { startPageScanner } from '../src/page/scanner';
import { startOnAllowedHost } from '../src/page/host-policy';
import { findingsReport, receiveToContent } from '../src/page/wire';
import { SHOP_HOSTS } from '../src/shop-hosts';

export default defineContentScript({
  matches: [...SHOP_HOSTS],
  runAt: 'document_idle',
  main(ctx) {
    const setupStartedAt = performance.now();
    const report = (findings: Parameters<typeof findingsReport>[1]): void => {
      browser.runtime.sendMessage(findingsReport(location.href, findings)).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    };
    // "Scan this page" may inject the script again: one scanner per page.
    if (!claimPage()) return;
    if (!startOnAllowedHost(location.hostname, report)) return;
    const scanner = startPageScanner({
      doc: document,
      analysis: messageAnalysis((message) => browser.runtime.sendMessage(message)),
      curatedHost: () => SHOP_HOSTS.some((pattern) => new MatchPattern(pattern).includes(location.href)),
      report,
      setupStartedAt,
    });
    const unwatch = watchPageSettings(browser.storage.sync, browser.storage.onChanged, (settings) =>
      scanner.applySettings(settings),
    );
    const onMessage = (raw: unknown): undefined => {
      const message = receiveToContent(raw);
      if (message?.type === 'reveal') scanner.reveal(message.blockId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const alive = () => extensionAlive(() => browser.runtime);
    const stop = (): void => {
      stopRouteWatch();
      browser.runtime?.onMessage.removeListener(onMessage);
      unwatch();
      scanner.stop();
      releasePage();
    };
    const stopRouteWatch = watchRoute({
      win: window,
      onRouteChange: () => scanner.routeChanged(),
      onExtensionGone: stop,
      alive,
    });
    // WXT invalidates the context on a DOM event the page can forge: stop only if the extension is really gone.
    ctx.onInvalidated(() => {
      if (!alive()) stop();
    });
  },
});
