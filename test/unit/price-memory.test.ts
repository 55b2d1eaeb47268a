// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  anchorAgainstHistory,
  clearPriceMemory,
  createPriceMemory,
  PRICE_MEMORY_MAX_AGE_DAYS,
  PRICE_MEMORY_MAX_PRICES_PER_PRODUCT,
  PRICE_MEMORY_MAX_PRODUCTS,
  priceHistory,
  priceMemory,
  rememberPrice,
  validPriceMemory,
  type PriceMemoryCell,
  type PriceObservation,
} from '../../src/price-memory';
import { productIdentity } from '../../src/page/product-identity';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 10, 12);

function memoryCell(initial: Record<string, unknown> = {}) {
  let value: Record<string, unknown> | undefined = initial;
  const cell: PriceMemoryCell & { value: () => Record<string, unknown> | undefined } = {
    getValue: async () => value,
    setValue: async (v) => {
      value = structuredClone(v);
    },
    removeValue: async () => {
      value = undefined;
    },
    value: () => value,
  };
  return cell;
}

describe('price memory', () => {
  it('remembers prices per product, once per amount, with first and last seen', async () => {
    let now = T0;
    const memory = createPriceMemory(memoryCell(), () => now);
    await memory.rememberPrice('shop.example sku:1', '49.990', 'USD', T0 - 3 * DAY);
    await memory.rememberPrice('shop.example sku:1', '49.99', 'USD', T0 - DAY);
    await memory.rememberPrice('shop.example sku:1', '39.99', 'USD', T0);
    await memory.rememberPrice('shop.example sku:2', '5', 'EUR', T0);
    now = T0 + 1000;
    expect(await memory.priceHistory('shop.example sku:1')).toEqual([
      { amount: '49.99', currency: 'USD', firstSeen: T0 - 3 * DAY, lastSeen: T0 - DAY },
      { amount: '39.99', currency: 'USD', firstSeen: T0, lastSeen: T0 },
    ]);
    expect(await memory.priceHistory('unknown')).toEqual([]);
  });

  it('rejects bad input', async () => {
    const memory = createPriceMemory(memoryCell(), () => T0);
    expect(await memory.rememberPrice('k', 'abc', 'USD', T0)).toBe(false);
    expect(await memory.rememberPrice('k', '-5', 'USD', T0)).toBe(false);
    expect(await memory.rememberPrice('', '5', 'USD', T0)).toBe(false);
    expect(await memory.rememberPrice('k', '5', 'dollars', T0)).toBe(false);
    expect(await memory.rememberPrice('k'.repeat(400), '5', 'USD', T0)).toBe(false);
    expect(await memory.priceHistory('k')).toEqual([]);
  });

  it('caps the prices per product and the products, evicting the ones seen longest ago', async () => {
    const cell = memoryCell();
    const memory = createPriceMemory(cell, () => T0 + DAY);
    for (let i = 0; i < PRICE_MEMORY_MAX_PRICES_PER_PRODUCT + 3; i++)
      await memory.rememberPrice('p', `${10 + i}`, 'USD', T0 + i);
    const prices = await memory.priceHistory('p');
    expect(prices).toHaveLength(PRICE_MEMORY_MAX_PRICES_PER_PRODUCT);
    expect(prices.map((p) => p.amount)).not.toContain('10');
    expect(prices.map((p) => p.amount)).toContain(`${10 + PRICE_MEMORY_MAX_PRICES_PER_PRODUCT + 2}`);

    // Fill the memory past its cap in one stored value, then one more write trims it.
    const full: Record<string, unknown> = {};
    for (let i = 0; i < PRICE_MEMORY_MAX_PRODUCTS + 20; i++)
      full[`k${i}`] = { prices: [{ amount: '1', currency: 'USD', firstSeen: T0 + i, lastSeen: T0 + i }] };
    const big = memoryCell(full);
    const m2 = createPriceMemory(big, () => T0 + DAY);
    await m2.rememberPrice('newest', '2', 'USD', T0 + DAY);
    const stored = big.value()!;
    expect(Object.keys(stored)).toHaveLength(PRICE_MEMORY_MAX_PRODUCTS);
    expect(stored).toHaveProperty('newest');
    expect(stored).not.toHaveProperty('k0');
    expect(stored).toHaveProperty(`k${PRICE_MEMORY_MAX_PRODUCTS + 19}`);
  });

  it('forgets prices older than the age limit', async () => {
    let now = T0;
    const memory = createPriceMemory(memoryCell(), () => now);
    await memory.rememberPrice('p', '10', 'USD', T0);
    await memory.rememberPrice('p', '12', 'USD', T0 + 10 * DAY);
    now = T0 + (PRICE_MEMORY_MAX_AGE_DAYS + 1) * DAY;
    expect((await memory.priceHistory('p')).map((p) => p.amount)).toEqual(['12']);
    now = T0 + (PRICE_MEMORY_MAX_AGE_DAYS + 11) * DAY;
    expect(await memory.priceHistory('p')).toEqual([]);
  });

  it('drops a corrupt entry and keeps the rest', async () => {
    const good = { prices: [{ amount: '19.99', currency: 'EUR', firstSeen: T0, lastSeen: T0 }] };
    const stored = {
      good,
      notAnObject: 'x',
      badAmount: { prices: [{ amount: '1e9', currency: 'EUR', firstSeen: T0, lastSeen: T0 }] },
      badCurrency: { prices: [{ amount: '1', currency: '<b>', firstSeen: T0, lastSeen: T0 }] },
      missing: { prices: [{ amount: '1' }] },
      backwards: { prices: [{ amount: '1', currency: null, firstSeen: T0 + 5, lastSeen: T0 }] },
    };
    expect(validPriceMemory(stored, T0)).toEqual({ good });
    expect(validPriceMemory('garbage', T0)).toEqual({});
    expect(validPriceMemory([good], T0)).toEqual({});
    const memory = createPriceMemory(memoryCell(stored), () => T0);
    expect(await memory.priceHistory('good')).toEqual(good.prices);
    expect(await memory.priceHistory('badAmount')).toEqual([]);
  });

  it('clears everything', async () => {
    const cell = memoryCell();
    const memory = createPriceMemory(cell, () => T0);
    await memory.rememberPrice('p', '10', 'USD', T0);
    await memory.clear();
    expect(cell.value()).toBeUndefined();
    expect(await memory.priceHistory('p')).toEqual([]);
  });

  it('keeps concurrent writes', async () => {
    const memory = createPriceMemory(memoryCell(), () => T0);
    await Promise.all([
      memory.rememberPrice('a', '1', 'USD', T0),
      memory.rememberPrice('b', '2', 'USD', T0),
      memory.rememberPrice('a', '3', 'USD', T0),
    ]);
    expect((await memory.priceHistory('a')).map((p) => p.amount).sort()).toEqual(['1', '3']);
    expect(await memory.priceHistory('b')).toHaveLength(1);
  });
});

describe('the default storage item', () => {
  beforeEach(async () => {
    await clearPriceMemory();
  });

  it('remembers through the WXT item, and clearPriceMemory empties it', async () => {
    const now = Date.now();
    await rememberPrice('shop.example sku:9', '9.99', 'USD', now);
    expect(await priceHistory('shop.example sku:9')).toEqual([
      { amount: '9.99', currency: 'USD', firstSeen: now, lastSeen: now },
    ]);
    expect(Object.keys(await priceMemory.getValue())).toEqual(['shop.example sku:9']);
    await clearPriceMemory();
    expect(await priceMemory.getValue()).toEqual({});
  });
});

describe('anchorAgainstHistory', () => {
  const seen = (amount: string, daysAgo: number, currency: string | null = 'USD'): PriceObservation => ({
    amount,
    currency,
    firstSeen: T0 - daysAgo * DAY,
    lastSeen: T0 - daysAgo * DAY,
  });

  it('says so when the anchor is higher than every price seen', () => {
    const fact = anchorAgainstHistory(
      { amount: '129.99', currency: 'USD' },
      [seen('89.99', 40), seen('79.99', 10), seen('84.5', 2)],
      T0,
    );
    expect(fact).toEqual({
      kind: 'anchor-above-history',
      anchor: '129.99',
      highestSeen: '89.99',
      currency: 'USD',
      since: new Date(T0 - 40 * DAY).toISOString().slice(0, 10),
      pricesSeen: 3,
    });
  });

  it('says nothing when a price as high as the anchor was seen, or no history in its currency', () => {
    expect(
      anchorAgainstHistory({ amount: '89.99', currency: 'USD' }, [seen('89.990', 40), seen('59', 3)], T0),
    ).toBeNull();
    expect(anchorAgainstHistory({ amount: '120', currency: 'USD' }, [seen('130', 40), seen('59', 3)], T0)).toBeNull();
    expect(anchorAgainstHistory({ amount: '120', currency: 'USD' }, [seen('50', 40, 'EUR')], T0)).toBeNull();
    expect(anchorAgainstHistory({ amount: '120', currency: 'USD' }, [], T0)).toBeNull();
    expect(anchorAgainstHistory({ amount: 'x', currency: 'USD' }, [seen('50', 40)], T0)).toBeNull();
  });

  it('says nothing on a first visit (a history younger than a day)', () => {
    expect(anchorAgainstHistory({ amount: '120', currency: 'USD' }, [seen('80', 0)], T0)).toBeNull();
  });
});

describe('productIdentity', () => {
  const page = (head: string): Document => {
    const doc = document.implementation.createHTMLDocument('p');
    const template = doc.createElement('template');
    template.innerHTML = head; // test fixture markup
    doc.head.append(template.content);
    return doc;
  };
  const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

  it('reads a JSON-LD Product: sku, then gtin, then productID, then its url; and its offer price', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'Product',
        sku: 'AB-12',
        gtin13: '0123',
        offers: { '@type': 'Offer', price: '49.90', priceCurrency: 'EUR' },
      }),
    );
    expect(productIdentity(doc, 'https://shop.example/p/ab-12?ref=x')).toEqual({
      key: 'shop.example sku:AB-12',
      price: { amount: '49.9', currency: 'EUR' },
    });
    const graph = page(
      ld({
        '@graph': [
          { '@type': 'WebPage' },
          { '@type': ['Product', 'Thing'], gtin13: '0123456789012', offers: [{ price: 5 }] },
        ],
      }),
    );
    expect(productIdentity(graph, 'https://shop.example/x')).toEqual({
      key: 'shop.example gtin:0123456789012',
      price: { amount: '5', currency: null },
    });
    const byUrl = page(ld({ '@type': 'Product', url: '/p/7#top' }));
    expect(productIdentity(byUrl, 'https://shop.example/p/7?utm=1')).toEqual({ key: 'url:https://shop.example/p/7' });
  });

  it('falls back to og:url, the canonical link, then the address without its query', () => {
    expect(
      productIdentity(
        page('<meta property="og:url" content="https://shop.example/p/9">'),
        'https://shop.example/p/9?a=1',
      ),
    ).toEqual({ key: 'url:https://shop.example/p/9' });
    expect(
      productIdentity(
        page('<script type="application/ld+json">{not json</script><link rel="canonical" href="/dp/B01#x">'),
        'https://www.amazon.com/x/dp/B01?th=1',
      ),
    ).toEqual({
      key: 'url:https://www.amazon.com/dp/B01',
    });
    expect(productIdentity(page(''), 'https://shop.example/p/3?session=abc#reviews')).toEqual({
      key: 'url:https://shop.example/p/3',
    });
    expect(
      productIdentity(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://shop.example/p/4?x'),
    ).toEqual({ key: 'url:https://shop.example/p/4' });
  });
});
