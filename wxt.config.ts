import { defineConfig } from 'wxt';
import { stripProsePlugin } from './scripts/strip-prose-plugin';
import { SHOP_HOSTS } from './src/shop-hosts';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The content script carries cues only; explanations and examples stay in the popup's bundle.
    'vite:build:extendConfig'(entrypoints, viteConfig) {
      if (entrypoints.some((e) => e.type === 'content-script')) {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), stripProsePlugin()];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...SHOP_HOSTS],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
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
