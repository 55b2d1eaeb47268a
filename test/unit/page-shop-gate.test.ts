// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createShopGate, isProductAddress, type ShopGateOptions, type ShopGateResult } from '../../src/page/shop-gate';

/** The gate in one slice: past its budget the page counts as not a shop (what the first slice alone decides). */
function checkShopPage(doc: Document, options: ShopGateOptions): ShopGateResult {
  const now = options.now ?? (() => performance.now());
  const start = now();
  return (
    createShopGate(doc, { ...options, now }).step() ?? {
      shop: false,
      signal: 'none',
      ms: now() - start,
      overBudget: true,
    }
  );
}

function page(head: string, body: string): Document {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const template = document.createElement('template');
  template.innerHTML = head; // test fixture markup, not page text
  document.head.append(template.content);
  template.innerHTML = body;
  document.body.append(template.content);
  return document;
}

describe('checkShopPage', () => {
  beforeEach(() => page('', ''));

  it.each([
    ['og:type product', '<meta property="og:type" content="product">', '<p>Kettle</p>', 'og-product'],
    ['og:type product.item, any case', '<meta property="og:type" content="Product.Item">', '', 'og-product'],
    [
      'JSON-LD Product',
      '<script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>',
      '',
      'json-ld',
    ],
    ['microdata price', '', '<span itemprop="price" content="9.99">$9.99</span>', 'microdata'],
    ['a price next to add to cart', '', '<div><span>$49.99</span><button>Add to Cart</button></div>', 'buy-control'],
    ['Finnish buy button', '', '<div><span>49,99 €</span><button>Lisää ostoskoriin</button></div>', 'buy-control'],
  ])('recognises a shop page by %s', (_name, head, body, signal) => {
    const result = checkShopPage(page(head, body), { curatedHost: false, now: () => 0 });
    expect(result).toMatchObject({ shop: true, signal });
  });

  it('leaves an article alone, even on a curated shop host', () => {
    const result = checkShopPage(
      page(
        '<meta property="og:type" content="article">',
        '<article><p>Free shipping history, only today.</p></article>',
      ),
      { curatedHost: true, now: () => 0 },
    );
    expect(result.shop).toBe(false);
  });

  it('needs a price near the buy control', () => {
    expect(
      checkShopPage(page('', '<button>Add to cart</button><p>No price here</p>'), { curatedHost: false, now: () => 0 })
        .shop,
    ).toBe(false);
  });

  it('gives up past its budget and counts the page as not a shop', () => {
    let t = 0;
    const result = checkShopPage(page('', '<p>Plain</p>'), { curatedHost: false, now: () => (t += 5) });
    expect(result).toMatchObject({ shop: false, overBudget: true });
  });

  it('in slices, goes on where the last slice stopped and finds the shop a slow machine would have missed', () => {
    const doc = page(
      '',
      '<button>Help</button><button>Share</button><div><span>$49.99</span><button>Add to Cart</button></div>',
    );
    let t = 0;
    const slow = { curatedHost: false, now: () => (t += 5) };
    expect(checkShopPage(doc, slow)).toMatchObject({ shop: false, overBudget: true });
    const gate = createShopGate(doc, slow);
    const results = [];
    for (let slice = 0; slice < 50; slice++) {
      const result = gate.step();
      results.push(result);
      if (result) break;
    }
    expect(results[0]).toBeNull();
    expect(results.at(-1)).toMatchObject({ shop: true, signal: 'buy-control', overBudget: true });
    expect(gate.step()).toBe(results.at(-1));
  });
});

describe('isProductAddress', () => {
  // The rule as a regular expression (the gate itself uses string operations: see isProductAddress).
  const PRODUCT_ADDRESS =
    /\/(?:dp|gp\/product|gp\/aw\/d|product|products|prod|p|pd|ip|listing|itm|item|items|goods|detail|sku|tuote|tuotteet)(?:\/|-|$|\.html)|\/\d{6,}\.html$|[?&](?:sku|product_?id|item_?id|pid)=/i;

  it.each([
    ['/dp/B0CX23V2ZK', true],
    ['/Kettle-Steel/dp/B0CX23V2ZK/ref=sr_1_1', true],
    ['/gp/product/B01', true],
    ['/listing/123/kettle', true],
    ['/ip/Kettle/555', true],
    ['/p-12345', true],
    ['/item.html', true],
    ['/catalog/1234567.html', true],
    ['/search?q=x&SKU=12', true],
    ['/shop?product_id=9', true],
    ['/tuotteet/vedenkeitin', true],
    ['/help/returns', false],
    ['/blog/products-we-love-2024', true],
    ['/blog/productivity', false],
    ['/dpx/1', false],
    ['/catalog/12345.html', false],
    ['/search?q=sku=1', false],
    ['', false],
  ])('%s: %s', (address, expected) => {
    expect(isProductAddress(address)).toBe(expected);
    expect(PRODUCT_ADDRESS.test(address)).toBe(expected);
  });

  it('agrees with the rule on generated addresses', () => {
    const piece = fc.constantFrom(
      '/',
      '-',
      '.html',
      '?',
      '&',
      '=',
      'dp',
      'gp',
      'product',
      'products',
      'p',
      'item',
      'sku',
      'pid',
      'id',
      '_',
      'tuote',
      'x',
      'Kettle',
      '1234567',
      '12',
      'HTML',
      'PD',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const address = pieces.join('');
        expect(isProductAddress(address)).toBe(PRODUCT_ADDRESS.test(address));
      }),
      { numRuns: 3_000 },
    );
  });
});
