import { defineConfig } from 'wxt';

// Hosts where the content script runs without asking: major shops of the en, zh and fi markets. Any other
// site the user adds from the popup (optional permission) or scans once through activeTab.
export const SHOP_HOSTS = [
  '*://*.amazon.com/*',
  '*://*.amazon.co.uk/*',
  '*://*.amazon.de/*',
  '*://*.ebay.com/*',
  '*://*.etsy.com/*',
  '*://*.walmart.com/*',
  '*://*.target.com/*',
  '*://*.bestbuy.com/*',
  '*://*.costco.com/*',
  '*://*.wayfair.com/*',
  '*://*.overstock.com/*',
  '*://*.potterybarn.com/*',
  '*://*.globalindustrial.com/*',
  '*://*.aliexpress.com/*',
  '*://*.temu.com/*',
  '*://*.shein.com/*',
  '*://*.taobao.com/*',
  '*://*.tmall.com/*',
  '*://*.jd.com/*',
  '*://*.pinduoduo.com/*',
  '*://*.verkkokauppa.com/*',
  '*://*.gigantti.fi/*',
  '*://*.power.fi/*',
  '*://*.zalando.fi/*',
  '*://*.stockmann.com/*',
  '*://*.tokmanni.fi/*',
  '*://*.s-kaupat.fi/*',
  '*://*.k-ruoka.fi/*',
];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  imports: false,
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: SHOP_HOSTS,
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'second-look@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
