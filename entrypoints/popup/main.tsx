// Popup: finds the tab to explain (the active one, or ?tabId= when opened as a page) and renders src/ui.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { uiLanguage } from '../../src/ui/i18n';
import { Popup } from '../../src/ui/Popup';
import '../../src/ui/popup.css';

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const lang = uiLanguage(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <Popup
    lang={lang}
    loadFindings={async () => {
      const tabId = await targetTabId();
      if (tabId === null) return { url: '', findings: [] };
      return browser.runtime.sendMessage({ type: 'get-findings', tabId });
    }}
    reveal={async (blockId) => {
      const tabId = await targetTabId();
      if (tabId !== null) await browser.tabs.sendMessage(tabId, { type: 'reveal', blockId }).catch(() => undefined);
    }}
  />,
);
