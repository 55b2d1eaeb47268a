// Background: keeps each tab's findings, shows their count on the toolbar badge, answers the popup.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { receive, TabFindings, ToBackground } from '../src/messages';
import { createTabFindingsStore } from '../src/tab-findings';

const BADGE_COLOR = '#8a4b00';

export default defineBackground(() => {
  const store = createTabFindingsStore(browser.storage.session);

  const showCount = async (tabId: number, count: number): Promise<void> => {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  };

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = receive(ToBackground, raw);
    if (!message) return undefined;
    if (message.type === 'findings') {
      const tabId = sender.tab?.id;
      // Only a content script in a tab reports findings; a page cannot post to the extension.
      if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
      const value: TabFindings = { url: message.url, findings: message.findings };
      return store.set(tabId, value).then(() => showCount(tabId, message.findings.length));
    }
    return store.get(message.tabId).then((found) => found ?? { url: '', findings: [] });
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void store.clear(tabId).then(() => showCount(tabId, 0));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.clear(tabId));
});
