// The scanner script (/page-scanner.js): not in the manifest. The gate script (entrypoints/page-gate.ts), once
// it found a shop (or the user asked for a scan), leaves its answer in the isolated world (src/page/handoff.ts)
// and asks the background, which injects this file into that frame (scripting.executeScript). main() takes the
// handoff and wires the page scanner (src/page/scanner.ts) to the background (which runs the detector on
// candidate blocks), the user's settings and the popup's 'reveal'; it attaches itself to the gate script, which
// passes on route changes and the stop (when the extension is gone). The first scan trusts the handed gate, and
// its measure counts the gate script's setup and gate and this script's own top-level code and setup. Logic
// lives in src/page; neither the catalogue nor zod is in this bundle (src/page/wire.ts, page-settings.ts).
//
// A WXT unlisted script, not a defineContentScript: WXT's ContentScriptContext would announce the extension and
// its id to the page (a DOM event and a window.postMessage).
// First: its clock starts before any other module's top-level code runs.
import { SCRIPT_STARTED_AT } from '../src/page/load-clock';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { messageAnalysis } from '../src/page/analysis';
import { takeHandoff } from '../src/page/handoff';
import { watchPageSettings } from '../src/page/page-settings';
import { startPageScanner } from '../src/page/scanner';
import { findingsReport, receiveToContent } from '../src/page/wire';
import { isShopAddress } from '../src/shop-hosts';

export default defineUnlistedScript({
  main() {
    // Injected by the background for a gate script that handed a shop over; nothing to do without one.
    const handoff = takeHandoff();
    if (!handoff) return;
    const report = (findings: Parameters<typeof findingsReport>[1]): void => {
      browser.runtime.sendMessage(findingsReport(location.href, findings)).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    };
    const scanner = startPageScanner({
      doc: document,
      analysis: messageAnalysis((message) => browser.runtime.sendMessage(message)),
      curatedHost: () => isShopAddress(location.protocol, location.hostname),
      report,
      gate: handoff.gate,
      setupMs: handoff.setupMs,
      setupStartedAt: SCRIPT_STARTED_AT,
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
    handoff.attach({
      routeChanged: () => scanner.routeChanged(),
      stop: () => {
        try {
          browser.runtime?.onMessage.removeListener(onMessage);
        } catch {
          // The extension is gone: its listeners with it.
        }
        unwatch();
        scanner.stop();
      },
    });
  },
});
