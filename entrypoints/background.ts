// Background: injects the scanner script where the gate script found a shop, keeps each tab's findings, shows their count on the toolbar badge, answers the popup, runs the
// thorough detector (cues, then compromise on candidates) on the text blocks content scripts send, off the
// page's main thread, with the on-device price memory, and registers the content script on the sites the
// user added.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAddedSitesSync, originsOf, SCANNER_SCRIPT_FILE, type ScriptingApi } from '../src/added-sites';
import { receive, TabFindings, ToBackground, type AnalysedBlocks } from '../src/messages';
import { applyPriceMemory } from '../src/price-facts-memory';
import { priceHistory, rememberPrice } from '../src/price-memory';
import { thoroughDetector as detector } from '../src/nlp';
import { getSetting, isPaused, watchSetting } from '../src/settings';
import { createTabFindingsStore } from '../src/tab-findings';

const BADGE_COLOR = '#8a4b00';

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
};

export default defineBackground(() => {
  const store = createTabFindingsStore(browser.storage.session);
  const manifestScript = browser.runtime.getManifest().content_scripts?.[0];
  const addedSites = createAddedSitesSync({
    scripting: browser.scripting as unknown as ScriptingApi,
    addedSites: () => getSetting('addedSites'),
    isGranted: (host) => browser.permissions.contains({ origins: originsOf(host) }),
    script: { file: manifestScript?.js?.[0], runAt: manifestScript?.run_at },
  });

  const showCount = async (tabId: number, count: number): Promise<void> => {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  };

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = receive(ToBackground, raw);
    if (!message) return undefined;
    if (message.type === 'analyse') {
      if (sender.id !== browser.runtime.id) return undefined;
      const findings = detector.detect(message.blocks).slice(0, 500);
      return applyPriceMemory(message, findings, { rememberPrice, priceHistory }).then(
        (withHistory): AnalysedBlocks => ({
          findings: withHistory,
        }),
      );
    }
    if (message.type === 'start-scanner') {
      // The gate script found a shop in this frame (entrypoints/page-gate.ts): inject the scanner script there.
      // Our own content script only: a page cannot send to the extension, another extension has another id.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [`/${SCANNER_SCRIPT_FILE}`] })
        .then(
          () => true,
          () => false,
        );
    }
    if (message.type === 'findings') {
      const tabId = sender.tab?.id;
      // Only a content script in a tab reports findings; a page cannot post to the extension.
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      // Extension pages in a tab (the classroom) report like a content script; a paused site counts nothing.
      return getSetting('pausedSites').then((paused) => {
        const findings = isPaused(hostOf(message.url), paused) ? [] : message.findings;
        const value: TabFindings = { url: message.url, findings };
        return store.set(tabId, value).then(() => showCount(tabId, findings.length));
      });
    }
    return store.get(message.tabId).then((found) => found ?? { url: '', findings: [] });
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void store.clear(tabId).then(() => showCount(tabId, 0));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.clear(tabId));

  // The content script on the sites the user added: now, and whenever the setting or a permission changes.
  void addedSites.sync();
  watchSetting('addedSites', () => void addedSites.sync());
  browser.permissions.onAdded.addListener(() => void addedSites.sync());
  browser.permissions.onRemoved.addListener(() => void addedSites.sync());

  // Pausing a site clears its tabs' findings and badges at once (the content script clears the highlights).
  watchSetting('pausedSites', (paused) => {
    void browser.tabs.query({}).then((tabs) =>
      Promise.all(
        tabs.map(async (tab) => {
          if (tab.id === undefined) return;
          const found = await store.get(tab.id);
          if (!found || found.findings.length === 0 || !isPaused(hostOf(found.url), paused)) return;
          await store.set(tab.id, { url: found.url, findings: [] });
          await showCount(tab.id, 0);
        }),
      ),
    );
  });
});
