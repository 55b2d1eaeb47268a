// The saved product pages in ../shared/pages (outside the repository): every struck-through reference
// price a person sees on them is paired with its live price, and nothing else is. Skipped, with a message,
// where ../shared is absent.
//
// The pages load into happy-dom without scripts or network, as `cli scan` loads them. happy-dom has no
// layout, and resolving computed styles against these pages' stylesheets is slow there, so this test reads
// strikes from tags, classes, data attributes and labels only (computedStyle: false); the e2e run in
// Chromium covers line-through that comes from a stylesheet alone.
//
// What a person sees struck through on each page was checked by hand (the markup and its CSS):
// - amazon-com: the comparison table's "Typical:" / "List:" prices (a-text-strike) and a sponsored card's
//   "List:" price (data-a-strike); the buy box shows no list price on this saved page.
// - overstock: "Was: $34.99" (span data-cy="product-was-price", line-through from a stylesheet class).
// - wayfair: <s aria-label="was $141.99"> after the live price.
// - the other pages show no reference price at all (Pottery Barn's struck prices are only in templates).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openSavedPage } from '../../src/cli/scan';
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/page/blocks';
import { findPricePairs, pricePairInput, type PricePair } from '../../src/page/price-pairs';
import { normalize } from '../../src/price/decimal';

const PAGES = fileURLToPath(new URL('../../../shared/pages/', import.meta.url));
const present = existsSync(PAGES);
if (!present)
  console.warn(`shared-pages-prices: skipped, ${PAGES} is absent (the saved pages live outside the repository).`);

/** Anchor amount -> live amount, in document order, per page. */
const EXPECTED: Record<string, Array<[string, string]>> = {
  'amazon-com_ansi-url_B0057OC5O8.html': [
    ['8.95', '8.28'],
    ['19.29', '15.99'],
    ['12.99', '10.99'],
    ['29.99', '25.99'],
  ],
  'overstock.html': [['34.99', '31.49']],
  'wayfair.html': [['141.99', '111.99']],
  'amazon-co-uk_product-url_1849757097.html': [],
  'amazon-gorilla.html': [],
  'costco.html': [],
  'etsy.html': [],
  'globalindustrial.html': [],
  'potterybarn.html': [],
};

/**
 * The pairs of a page, looked at by `inspect` while the page is still open. `asScanner`: as the content script
 * finds them, from its text blocks' price texts (pricePairInput), anchors first; otherwise every price is read.
 */
async function pairsOf<T = PricePair[]>(
  file: string,
  inspect: (pairs: PricePair[]) => T = (pairs) => pairs as T,
  asScanner = false,
): Promise<T> {
  const window = openSavedPage(readFileSync(`${PAGES}${file}`, 'utf8'));
  try {
    const doc = window.document as unknown as Document;
    if (asScanner) {
      const input = pricePairInput(readTextBlocks(doc.body));
      return inspect(input ? findPricePairs(doc.body, { ...input, computedStyle: false }) : []);
    }
    return inspect(findPricePairs(doc, { computedStyle: false }));
  } finally {
    await window.happyDOM.close();
  }
}

describe.skipIf(!present)('price pairs on the shared pages', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.length} pair(s), reading every price and as the scanner does`, async () => {
      if (!existsSync(`${PAGES}${file}`)) {
        console.warn(`shared-pages-prices: ${file} is absent, skipped`);
        return;
      }
      const want = expected.map(([a, l]) => [normalize(a), normalize(l)]);
      for (const asScanner of [false, true]) {
        const pairs = await pairsOf(file, undefined, asScanner);
        expect(pairs.map((p) => [normalize(p.anchor.amount), normalize(p.live.amount)])).toEqual(want);
        for (const pair of pairs) {
          expect(pair.kind).toBe('struck');
          expect(pair.facts.find((f) => f.kind === 'discount')).toBeDefined();
        }
      }
    });
  }

  it('never pairs a Wayfair or Overstock anchor with a price of another product', async () => {
    const wayfair = await pairsOf('wayfair.html', ([p]) => ({
      inBox: p!.scope.closest('.SFPrice') !== null,
      claimed: p!.claimedPercent,
    }));
    expect(wayfair).toEqual({ inBox: true, claimed: 21 });
    const overstock = await pairsOf('overstock.html', ([p]) => ({
      scope: p!.scope.getAttribute('data-cy'),
      claimed: p!.claimedPercent,
    }));
    expect(overstock).toEqual({ scope: 'price-set', claimed: 10 });
  });
});
