import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_FILE } from './src/added-sites';
import { SHOP_HOSTS } from './src/shop-hosts';

export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; " +
  "style-src 'self' 'unsafe-inline'; font-src 'self'; frame-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...SHOP_HOSTS],
    // The content script is the small gate script, a WXT unlisted script (entrypoints/page-gate.ts), declared
    // here: a defineContentScript would wrap it in WXT's ContentScriptContext, which announces the extension and
    // its id to every page it runs on (a DOM event and a window.postMessage). The scanner script
    // (entrypoints/page-scanner.ts) is in no manifest: the background injects it where the gate found a shop.
    content_scripts: [{ matches: [...SHOP_HOSTS], js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' }],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // No remote code and no network from the extension's pages: connect-src 'none' forbids every fetch.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'second-look@example.org',
              strict_min_version: '140.0',
              // Nothing is collected or sent: the extension makes no network requests.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
