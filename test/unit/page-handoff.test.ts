import { describe, expect, it, vi } from 'vitest';
import { extensionApi, HANDOFF_KEY, handOff, takeHandoff } from '../../src/page/handoff';
import type { ShopGateResult } from '../../src/page/shop-gate';
import { isShopAddress, SHOP_HOSTS } from '../../src/shop-hosts';
import { MatchPattern } from 'wxt/utils/match-patterns';

const GATE: ShopGateResult = { shop: true, signal: 'json-ld', ms: 0.4, overBudget: false };

function setup(requestScanner = vi.fn()) {
  const scope: Record<symbol, unknown> = {};
  let t = 10;
  const watched = handOff({
    gate: GATE,
    setupMs: 1.5,
    startedAt: 3,
    requestScanner: () => {
      t += 2; // the first touch of the extension API
      requestScanner();
    },
    now: () => t,
    scope,
  });
  return { scope, watched, requestScanner };
}

describe('handOff / takeHandoff (src/page/handoff.ts): the gate script hands a shop to the scanner script', () => {
  it('stores the gate and the setup (with the request for the scanner) before asking, once', () => {
    const { scope, requestScanner } = setup();
    expect(requestScanner).toHaveBeenCalledTimes(1);
    const handoff = takeHandoff(scope);
    expect(handoff).toMatchObject({ gate: GATE, setupMs: 3.5, startedAt: 3 });
    // Taken: a second scanner script gets nothing.
    expect(takeHandoff(scope)).toBeNull();
    expect(scope[HANDOFF_KEY]).toBeUndefined();
  });

  it('forwards route changes and the stop to the attached scanner', () => {
    const { scope, watched } = setup();
    const scanner = { routeChanged: vi.fn(), stop: vi.fn() };
    takeHandoff(scope)!.attach(scanner);
    watched.routeChanged();
    expect(scanner.routeChanged).toHaveBeenCalledTimes(1);
    watched.stop();
    expect(scanner.stop).toHaveBeenCalledTimes(1);
  });

  it('passes on a route change made before the scanner attached, and stops a scanner that attaches late', () => {
    const early = setup();
    early.watched.routeChanged();
    const scanner = { routeChanged: vi.fn(), stop: vi.fn() };
    takeHandoff(early.scope)!.attach(scanner);
    expect(scanner.routeChanged).toHaveBeenCalledTimes(1);

    const late = setup();
    const handoff = takeHandoff(late.scope)!;
    late.watched.stop();
    const lateScanner = { routeChanged: vi.fn(), stop: vi.fn() };
    handoff.attach(lateScanner);
    expect(lateScanner.stop).toHaveBeenCalledTimes(1);
    expect(lateScanner.routeChanged).not.toHaveBeenCalled();
  });

  it('a stop before the scanner script ran leaves no handoff behind; a forged one is not taken', () => {
    const { scope, watched } = setup();
    watched.stop();
    expect(takeHandoff(scope)).toBeNull();
    expect(takeHandoff({ [HANDOFF_KEY]: { gate: GATE } })).toBeNull();
  });

  it('extensionApi prefers a live browser namespace and falls back to chrome', () => {
    const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const saved = { browser: g.browser, chrome: g.chrome };
    try {
      const chromeApi = { runtime: { id: 'x', sendMessage: vi.fn() } };
      g.chrome = chromeApi;
      g.browser = undefined;
      expect(extensionApi()).toBe(chromeApi);
      const browserApi = { runtime: { id: 'y', sendMessage: vi.fn() } };
      g.browser = browserApi;
      expect(extensionApi()).toBe(browserApi);
    } finally {
      g.browser = saved.browser;
      g.chrome = saved.chrome;
    }
  });
});

describe('isShopAddress (src/shop-hosts.ts): the gate script matches SHOP_HOSTS without MatchPattern', () => {
  const addresses = [
    'https://www.amazon.com/dp/B0',
    'https://amazon.com/',
    'http://smile.amazon.co.uk/x',
    'https://notamazon.com/',
    'https://amazon.com.evil.example/',
    'ftp://www.amazon.com/',
    'file:///amazon.com/x',
    'https://www.k-ruoka.fi/kauppa',
    'https://AMAZON.DE./',
    'https://example.org/',
  ];
  it.each(addresses)('%s: as MatchPattern says', (address) => {
    const url = new URL(address);
    const expected = SHOP_HOSTS.some((p) => new MatchPattern(p).includes(url.href));
    expect(isShopAddress(url.protocol, url.hostname)).toBe(expected);
  });
});
