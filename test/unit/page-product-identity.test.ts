// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { productIdentity as pageProductIdentity } from '../../src/page/product-identity';
import { productIdentity } from '../../src/price-memory';

// src/page/product-identity.ts is src/price-memory.ts productIdentity without zod (the content script's size
// budget): the key the content script sends must be the key the price memory files prices under.
const heads: Array<[string, string]> = [
  [
    'JSON-LD sku',
    '<script type="application/ld+json">{"@type":"Product","sku":"KT-42","offers":{"price":"49.99","priceCurrency":"USD"}}</script>',
  ],
  [
    'JSON-LD gtin in a graph',
    '<script type="application/ld+json">{"@graph":[{"@type":["Product"],"gtin13":"0123456789012"}]}</script>',
  ],
  [
    'JSON-LD url',
    '<script type="application/ld+json">[{"@type":"Product","url":"/p/42#reviews","offers":[{"lowPrice":12}]}]</script>',
  ],
  [
    'broken JSON-LD, og:url',
    '<script type="application/ld+json">{nope</script><meta property="og:url" content="https://shop.example/p/1">',
  ],
  ['canonical link', '<link rel="canonical" href="/p/kettle?ref=x">'],
  ['nothing', ''],
];

describe('productIdentity in the content script', () => {
  for (const [name, head] of heads) {
    it(`gives the price memory's key: ${name}`, () => {
      document.head.innerHTML = head; // test fixture markup
      for (const address of ['https://shop.example/p/42?utm=1#x', 'not an address']) {
        expect(pageProductIdentity(document, address)).toEqual(productIdentity(document, address));
      }
    });
  }
});
