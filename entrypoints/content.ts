// Content script: wires the page scanner to the detector and to the background. Logic lives in src/page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { clampEvidence, receive, ToContent, type ToBackground } from '../src/messages';
import { startPageScanner } from '../src/page/scanner';
import { detector } from '../src/tactics';
import { SHOP_HOSTS } from '../src/shop-hosts';

export default defineContentScript({
  matches: [...SHOP_HOSTS],
  runAt: 'document_idle',
  main(ctx) {
    const scanner = startPageScanner({
      doc: document,
      detector,
      report(findings) {
        const message: ToBackground = {
          type: 'findings',
          url: location.href,
          findings: findings.map((f) => ({
            ...f,
            evidence: clampEvidence(f.evidence),
            excerpt: clampEvidence(f.excerpt),
          })),
        };
        browser.runtime.sendMessage(message).catch(() => {
          // The background may be restarting; the next scan reports again.
        });
      },
    });
    const onMessage = (raw: unknown): undefined => {
      const message = receive(ToContent, raw);
      if (message?.type === 'reveal') scanner.reveal(message.blockId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.stop();
    });
  },
});
