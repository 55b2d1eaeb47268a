// Hosts where the content script runs without asking: major shops of the en, zh and fi markets. Any other
// site the user adds from the popup (optional permission) or scans once through activeTab.
import { isUnderListedHost } from './host-names';

export const SHOP_HOSTS: readonly string[] = [
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

/**
 * Whether an address is on a curated shop host: what MatchPattern says of SHOP_HOSTS (`*://*.host/*`: http or
 * https, the host or any subdomain), without building a matcher per pattern (the gate script's budget).
 */
export function isShopAddress(protocol: string, hostname: string, hosts: readonly string[] = SHOP_HOSTS): boolean {
  if (protocol !== 'http:' && protocol !== 'https:') return false;
  const listed = hosts === SHOP_HOSTS ? (curatedHosts ??= hostsOf(SHOP_HOSTS)) : hostsOf(hosts);
  return isUnderListedHost(hostname.toLowerCase(), listed);
}

/** The host of each `*://*.host/*` pattern. */
const hostsOf = (patterns: readonly string[]): Set<string> =>
  new Set(patterns.map((pattern) => pattern.slice('*://*.'.length, -'/*'.length)));
let curatedHosts: Set<string> | null = null;
