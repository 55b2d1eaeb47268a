// Options page: reads every setting (a corrupt one falls back alone) and renders src/ui/options.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { clearPriceMemory } from '../../src/price-memory';
import { getSettings, setSetting } from '../../src/settings';
import { HTML_LANG, resolveLanguage, strings } from '../../src/ui/i18n';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/options/options.css';

const originsOf = (host: string) => [`*://${host}/*`, `*://*.${host}/*`];

async function main(): Promise<void> {
  const settings = await getSettings();
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = HTML_LANG[lang];
  document.title = strings(lang).optionsTitle;
  createRoot(document.getElementById('root')!).render(
    <Options
      lang={lang}
      initial={settings}
      save={async (name, value) => {
        await setSetting(name, value);
        if (name === 'language') {
          const next = resolveLanguage(value as typeof settings.language, browser.i18n.getUILanguage());
          document.documentElement.lang = HTML_LANG[next];
          document.title = strings(next).optionsTitle;
        }
      }}
      requestHost={(host) => browser.permissions.request({ origins: originsOf(host) })}
      releaseHost={async (host) => {
        await browser.permissions.remove({ origins: originsOf(host) }).catch(() => false);
      }}
      clearPriceMemory={clearPriceMemory}
    />,
  );
}

void main();
