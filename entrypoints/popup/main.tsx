// Popup: finds the tab to explain (the active one, or ?tabId= when opened as a page) and renders src/ui.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../../src/added-sites';
import { SCAN_HOOK } from '../../src/page/handoff';
import { RUNNING_MARK } from '../../src/page/lifecycle';
import { getSettings, setSetting } from '../../src/settings';
import { HTML_LANG, resolveLanguage } from '../../src/ui/i18n';
import { Popup } from '../../src/ui/Popup';
import '../../src/ui/popup.css';

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  const settings = await getSettings();
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = HTML_LANG[lang];
  const tabId = await targetTabId();
  const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });

  const root = createRoot(document.getElementById('root')!);
  const render = (current: typeof settings) =>
    root.render(
      <Popup
        lang={lang}
        settings={current}
        loadFindings={async () => {
          if (tabId === null) return { url: '', findings: [] };
          return browser.runtime.sendMessage({ type: 'get-findings', tabId });
        }}
        reveal={(blockId) => {
          // The content script in a shop tab answers; so does the classroom page in its own tab.
          if (tabId === null) return;
          browser.tabs.sendMessage(tabId, { type: 'reveal', blockId }).catch(() => undefined);
        }}
        setPaused={async (host, paused) => {
          const others = current.pausedSites.filter((site) => site !== host);
          const pausedSites = paused ? [...others, host] : others;
          await setSetting('pausedSites', pausedSites);
          render({ ...current, pausedSites });
        }}
        scanPage={async () => {
          if (tabId === null) return false;
          const injectGate = async (): Promise<void> => {
            // Inject the gate script only where no content script runs yet (the mark lives in the extension's
            // isolated world).
            const [probe] = await browser.scripting.executeScript({
              target: { tabId },
              func: (mark: string) => Boolean((globalThis as unknown as Record<symbol, unknown>)[Symbol.for(mark)]),
              args: [RUNNING_MARK.description!],
            });
            if (probe?.result !== true) {
              await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
            }
          };
          // Asked for: scanned whatever the shop gate thinks of the page. The gate script's hook, called in its
          // isolated world (where executeScript's functions run): no message listener waits on the page for this.
          const askForScan = async (): Promise<boolean> => {
            const [asked] = await browser.scripting.executeScript({
              target: { tabId },
              func: (key: string) => {
                const hook = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)];
                return typeof hook === 'function' ? hook() !== false : true;
              },
              args: [SCAN_HOOK.description!],
            });
            return asked?.result !== false;
          };
          await injectGate();
          // A gate script left by an earlier run of the extension (reloaded) answers false and frees the page.
          if (!(await askForScan())) {
            await injectGate();
            await askForScan();
          }
          return true;
        }}
        openClassroom={() => openPage('/classroom.html')}
        openOptions={() => void browser.runtime.openOptionsPage()}
      />,
    );
  render(settings);
}

void main();
