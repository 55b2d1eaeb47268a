// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/facts';
import {
  claimedPercentIn,
  findPricePairs,
  layoutFactsByBlock,
  mergeLayoutFacts,
  pairLayoutFacts,
  pricePairInput,
  priceTextOf,
  type PricePair,
} from '../../src/page/price-pairs';
import { normalize } from '../../src/price/decimal';
import { readTextBlocks } from '../../src/page/blocks';

function body(html: string): HTMLElement {
  document.body.replaceChildren();
  const template = document.createElement('template');
  template.innerHTML = html; // test fixture markup, not page text
  document.body.append(template.content);
  return document.body;
}

const amounts = (pairs: PricePair[]): Array<[string, string]> =>
  pairs.map((p) => [normalize(p.anchor.amount)!, normalize(p.live.amount)!]);
const fact = <K extends Fact['kind']>(facts: Fact[], kind: K): Extract<Fact, { kind: K }> | undefined =>
  facts.find((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

describe('priceTextOf', () => {
  beforeEach(() => document.body.replaceChildren());

  it('joins a price split across elements, with a cents part in <sup>', () => {
    const root = body('<span id="p">$<span>49</span> <sup>99</sup></span><span id="f">39<sup>90</sup> €</span>');
    expect(priceTextOf(root.querySelector('#p')!)).toBe('$49.99');
    expect(priceTextOf(root.querySelector('#f')!)).toBe('39.90 €');
  });

  it("reads Amazon's screen-reader copy and not the aria-hidden one twice", () => {
    const root = body(
      '<span class="a-price" id="p"><span class="a-offscreen">$1,234.99</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">1,234<span class="a-price-decimal">.</span></span><span class="a-price-fraction">99</span></span></span>',
    );
    expect(priceTextOf(root.querySelector('#p')!)).toBe('$1,234.99');
    expect(priceTextOf(root.querySelector('[aria-hidden]')!)).toBe('$1,234.99');
  });

  it('keeps whole prices in neighbouring elements apart', () => {
    const root = body('<div id="d"><span>$111.99</span><s>$141.99</s><span>21% Off</span></div>');
    expect(priceTextOf(root.querySelector('#d')!)).toBe('$111.99 $141.99 21% Off');
  });
});

describe('findPricePairs', () => {
  beforeEach(() => document.body.replaceChildren());

  it('pairs a struck price in a nested span with the live price', () => {
    const root = body(`
      <div class="product">
        <h2>Oak chair</h2>
        <p class="price">
          <span class="price__was"><del><span><span class="currency">$</span><span class="amount">59.99</span></span></del></span>
          <span class="price__now">$35.99</span>
        </p>
        <button class="add-to-cart">Add to cart</button>
      </div>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([['59.99', '35.99']]);
    const [pair] = pairs;
    expect(pair!.kind).toBe('struck');
    expect(pair!.evidence).toBe('tag');
    expect(pair!.anchor.element.localName).toBe('del');
    expect(pair!.anchor.currency).toBe('USD');
    expect(pair!.live.text).toBe('$35.99');
    expect(fact(pair!.facts, 'discount')).toMatchObject({
      anchor: '59.99',
      price: '35.99',
      percent: 40,
      saving: '24.00',
      currency: 'USD',
    });
    expect(fact(pair!.facts, 'anchor-ratio')).toMatchObject({ ratio: 1.7 });
  });

  it('sees line-through in a style attribute and in the computed style', () => {
    const root = body(`
      <style>.crossed-price-x { text-decoration: line-through; }</style>
      <div class="card"><span style="text-decoration: line-through"><span>€80,00</span></span> <b>€60,00</b></div>
      <div class="card"><span class="x1"><span class="crossed-price-x">€90,00</span></span> <b>€45,00</b></div>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([
      ['80', '60'],
      ['90', '45'],
    ]);
    expect(pairs[0]!.evidence).toBe('style');
    expect(pairs[0]!.anchor.currency).toBe('EUR');
  });

  it('reads split prices: $<span>49</span><sup>99</sup>', () => {
    const root = body(`
      <div class="price-box">
        <span class="was">Was <s>$<span>79</span><sup>99</sup></s></span>
        <span class="now">$<span>49</span><sup>99</sup></span>
      </div>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([['79.99', '49.99']]);
    expect(pairs[0]!.anchor.text).toBe('$79.99');
    expect(pairs[0]!.live.text).toBe('$49.99');
  });

  it("pairs Amazon's List Price (a-text-price, data-a-strike) with the price above it", () => {
    const root = body(`
      <div id="corePriceDisplay_desktop_feature_div">
        <div class="a-section">
          <span class="a-price aok-align-center priceToPay"><span class="a-offscreen">$19.99</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">19<span class="a-price-decimal">.</span></span><span class="a-price-fraction">99</span></span></span>
          <span class="a-size-base a-color-price">($0.67<span>/Count</span>)</span>
        </div>
        <div class="a-section a-spacing-small">
          <span class="a-size-small a-color-secondary">List Price: <span class="a-price a-text-price" data-a-size="s" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">$29.99</span><span aria-hidden="true">$29.99</span></span></span>
        </div>
      </div>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([['29.99', '19.99']]);
    expect(pairs[0]!.evidence).toBe('data-strike');
    expect(pairs[0]!.anchor.element.getAttribute('data-a-strike')).toBe('true');
  });

  it('never pairs across the cards of a grid', () => {
    const root = body(`
      <ul class="grid">
        <li class="card"><a href="/p/1"><img alt="" src="data:,"></a><h3>Lamp</h3><s>$40.00</s> <span class="price">$30.00</span><button class="add-to-cart">Add</button></li>
        <li class="card"><a href="/p/2"><img alt="" src="data:,"></a><h3>Rug</h3><span class="price">$25.00</span><button class="add-to-cart">Add</button></li>
        <li class="card"><a href="/p/3"><img alt="" src="data:,"></a><h3>Vase</h3><s>$60.00</s> <span class="sold-out">Sold out</span><button class="add-to-cart">Add</button></li>
      </ul>`);
    expect(amounts(findPricePairs(root))).toEqual([['40', '30']]);
  });

  it('never pairs across cards that have no buttons or microdata either', () => {
    const root = body(`
      <div class="row">
        <div class="tile"><a href="/p/1">Lamp</a><div><div><s>$60.00</s> <span>Sold out</span></div></div></div>
        <div class="tile"><a href="/p/2">Rug</a><div><div><span>$25.00</span></div></div></div>
        <div class="tile"><a href="/p/3">Vase</a><div><div><span>$18.00</span></div></div></div>
      </div>
      <section>
        <div itemscope itemtype="https://schema.org/Product"><del>€50</del></div>
        <div itemscope itemtype="https://schema.org/Product"><span>€20</span></div>
      </section>`);
    expect(findPricePairs(root)).toEqual([]);
  });

  it('drops a pair whose scope holds another product’s own pair', () => {
    const root = body(`
      <div class="results">
        <div class="a"><del>$90.00</del><p>Back in stock soon</p></div>
        <div class="b"><div><del>$50.00</del> <span>$40.00</span></div></div>
      </div>`);
    expect(amounts(findPricePairs(root))).toEqual([['50', '40']]);
  });

  it('a badge that lies: -70% while the prices give 41% is a claimed-discount mismatch', () => {
    const root = body(`
      <div class="deal">
        <span class="badge">-70%</span>
        <div class="prices"><del>$84.99</del> <strong>$49.99</strong></div>
      </div>`);
    const [pair] = findPricePairs(root);
    expect(pair!.claimedPercent).toBe(70);
    expect(fact(pair!.facts, 'discount')).toMatchObject({ percent: 41, claimedPercent: 70 });
    expect(fact(pair!.facts, 'claimed-discount-mismatch')).toMatchObject({ claimedPercent: 70, computedPercent: 41 });
  });

  it('a badge that tells the truth gives no mismatch', () => {
    const root = body('<div class="deal"><span>Save 41%</span> <s>$84.99</s> <b>$49.99</b></div>');
    const [pair] = findPricePairs(root);
    expect(pair!.claimedPercent).toBe(41);
    expect(fact(pair!.facts, 'claimed-discount-mismatch')).toBeUndefined();
  });

  it('Finnish: "norm. 59,90 €" before the offer price is a labelled anchor', () => {
    const root = body(`
      <div class="tuote-hinta">
        <span class="hinta-norm">norm. 59,90 €</span>
        <strong class="hinta">39,90 €</strong>
      </div>
      <div class="tuote-hinta"><span>ovh. 129 €</span> <strong>99 €</strong></div>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([
      ['59.9', '39.9'],
      ['129', '99'],
    ]);
    expect(pairs[0]).toMatchObject({ kind: 'labelled', evidence: 'label' });
    expect(pairs[0]!.anchor).toMatchObject({ label: 'norm', currency: 'EUR' });
    expect(pairs[1]!.anchor.label).toBe('ovh');
    expect(fact(pairs[0]!.facts, 'discount')).toMatchObject({ percent: 33, currency: 'EUR' });
  });

  it('Chinese: 原价 ¥399 到手价 ¥299', () => {
    const root = body(`
      <div class="tb-price">
        <span class="tb-label">原价</span><em class="tb-rmb">¥</em><span class="tb-rmb-num">399.00</span>
        <span class="tb-label">到手价</span><em class="tb-rmb">¥</em><span class="tb-rmb-num">299.00</span>
      </div>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([['399', '299']]);
    expect(pairs[0]!.anchor).toMatchObject({ label: '原价', currency: 'CNY' });
  });

  it('a labelled anchor without a strike: List Price: $29.95', () => {
    const root = body(`
      <table class="price-table">
        <tr><td>List Price:</td><td><span class="list">$29.95</span></td></tr>
        <tr><td>Price:</td><td><span class="deal">$19.99</span></td></tr>
        <tr><td>You Save:</td><td><span>$9.96 (33%)</span></td></tr>
      </table>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([['29.95', '19.99']]);
    expect(pairs[0]).toMatchObject({ kind: 'labelled', claimedPercent: 33 });
    expect(pairs[0]!.anchor.label).toBe('list price');
    expect(fact(pairs[0]!.facts, 'claimed-discount-mismatch')).toBeUndefined();
  });

  it('compare at, MSRP and "a $X value" are labelled anchors', () => {
    const root = body(`
      <div class="p1"><span>Compare at <span>$80.00</span></span> <span>$50.00</span></div>
      <div class="p2"><span>MSRP: $1,299</span> <span>$999</span></div>
      <div class="p3"><span>Bundle price $89</span> <span>(a <b>$200</b> value)</span></div>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([
      ['80', '50'],
      ['1299', '999'],
      ['200', '89'],
    ]);
    expect(pairs.map((p) => p.anchor.label)).toEqual(['compare at', 'msrp', 'value']);
  });

  it('a "was" aria-label on the anchor (Wayfair), live price first', () => {
    const root = body(
      '<div class="SFPrice"><div><span class="pl-Price">$111.99</span><s aria-label="was $141.99" role="text" class="pl-Price">$141.99</s><span class="pl-Price">21% Off</span></div></div>' +
        '<div class="x"><span aria-label="Original price: $60.00" class="p">$60.00</span> <span>$45.00</span></div>',
    );
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([
      ['141.99', '111.99'],
      ['60', '45'],
    ]);
    expect(pairs[1]!.evidence).toBe('aria-label');
  });

  it('a was-price hint in a test attribute (Overstock) pairs only with a lower price', () => {
    const root = body(`
      <section data-cy="price-set">
        <div class="price-comparison"><button data-cy="product-was-price-label">Was:</button> <span data-cy="product-was-price" class="_2h83zEK">$34.99</span></div>
        <div class="price-comparison-container"><span>Save </span><span>10%</span></div>
        <div><span id="product-price">$31.49</span></div>
      </section>
      <section><span class="old-price">$10.00</span> <span>$12.00</span></section>`);
    const pairs = findPricePairs(root);
    expect(amounts(pairs)).toEqual([['34.99', '31.49']]);
    expect(pairs[0]).toMatchObject({ kind: 'struck', claimedPercent: 10 });
  });

  it('ignores savings, unit prices, instalments and thresholds as live prices', () => {
    const root = body(`
      <div class="a"><del>$100.00</del> <span>Save $20.00</span> <span>$80.00</span></div>
      <div class="b"><del>$12.00</del> <span>$0.50/oz</span> <span>$9.00</span></div>
      <div class="c"><p>Free shipping over <b>$50</b></p><p>Only <b>$20</b></p></div>`);
    expect(amounts(findPricePairs(root))).toEqual([
      ['100', '80'],
      ['12', '9'],
    ]);
  });

  it('finds nothing on a page without reference prices, and honours isVisible', () => {
    expect(findPricePairs(body('<p>Price: $24.99</p><p>4.5 out of 5 stars, 1,234 ratings</p>'))).toEqual([]);
    const root = body('<div><del class="hide">$30</del> <span>$20</span></div>');
    expect(findPricePairs(root, { isVisible: (e) => !e.classList.contains('hide') })).toEqual([]);
    expect(findPricePairs(root, { computedStyle: false })).toHaveLength(1);
  });

  it('works on a subtree root and stays inside it', () => {
    const root = body('<div id="outer"><span>$10.00</span><div id="inner"><del>$30.00</del></div></div>');
    expect(findPricePairs(root.querySelector('#inner')!)).toEqual([]);
    expect(amounts(findPricePairs(root.querySelector('#outer')!))).toEqual([['30', '10']]);
  });
});

describe('layout facts for the scanner', () => {
  it('gives the block of a struck anchor its struck prices and live price', () => {
    const root = body(
      '<p id="b1">Now <b>$20</b> <del>$30</del></p><div id="b2"><span>List Price: $45</span> <span>$40</span></div>',
    );
    const pairs = findPricePairs(root);
    expect(pairLayoutFacts(pairs[0]!)).toEqual({ struckPrices: ['$30'], livePrice: '$20' });
    expect(pairLayoutFacts(pairs[1]!)).toEqual({ livePrice: '$40' });
    const blockOf = (node: Node): Element | null => (node as Element).closest('p,div');
    const layouts = layoutFactsByBlock(pairs, blockOf);
    expect(layouts.get(root.querySelector('#b1')!)).toEqual({ struckPrices: ['$30'], livePrice: '$20' });
    expect(layouts.get(root.querySelector('#b2')!)).toEqual({ livePrice: '$40' });
  });

  it('merges with what the block already knows', () => {
    expect(
      mergeLayoutFacts(
        { tickingCountdown: true, struckPrices: ['$5'] },
        { struckPrices: ['$5', '$6'], livePrice: '$4' },
      ),
    ).toEqual({
      tickingCountdown: true,
      struckPrices: ['$5', '$6'],
      livePrice: '$4',
    });
  });
});

describe('claimedPercentIn', () => {
  it('reads badges and ignores rates and coupons', () => {
    expect(claimedPercentIn('-70%')).toBe(70);
    expect(claimedPercentIn('Save 33% today')).toBe(33);
    expect(claimedPercentIn('$9.96 (33%)')).toBe(33);
    expect(claimedPercentIn('25 % alennus')).toBe(25);
    expect(claimedPercentIn('限时7折')).toBe(30);
    expect(claimedPercentIn('Up to 70% off')).toBeNull();
    expect(claimedPercentIn('10% off with code SAVE10')).toBeNull();
    expect(claimedPercentIn('100% cotton')).toBeNull();
  });
});

describe('pricePairInput (the scanner: anchors first, from its blocks)', () => {
  const pairsAsScanner = (root: HTMLElement): PricePair[] => {
    const input = pricePairInput(readTextBlocks(root));
    return input ? findPricePairs(root, { ...input, computedStyle: false }) : [];
  };

  it('finds a label in the cell before the price, and a struck price whose block has no anchor word', () => {
    const root = body(
      '<table><tr><td>MSRP</td><td>$50.00</td></tr><tr><td>Price</td><td>$40.00</td></tr></table>' +
        '<div class="card"><span class="price-was">$30</span> <span>$20</span></div>',
    );
    expect(amounts(pairsAsScanner(root))).toEqual([
      ['50', '40'],
      ['30', '20'],
    ]);
  });

  it('reads the computed style of a line with two prices for a strike drawn by a stylesheet alone', () => {
    const root = body(
      '<style>.p1 { text-decoration: line-through; }</style>' +
        '<div class="box"><span class="p1">$50.00</span> <span class="p2">$40.00</span></div>' +
        '<div class="other"><span class="p1">$9.00</span></div>',
    );
    const input = pricePairInput(readTextBlocks(root))!;
    // The single price of the second box is no style candidate: one price cannot be a pair on its line.
    expect(input.styleTexts.size).toBe(2);
    expect(amounts(pairsAsScanner(root))).toEqual([['50', '40']]);
    expect(findPricePairs(root, { ...input, styleTexts: new Set(), computedStyle: false })).toEqual([]);
  });

  it('reads no price as an anchor where no block shows an anchor word or strike markup', () => {
    const root = body('<p>Price: $24.99</p><p>Then $19.99 with the coupon</p>');
    const input = pricePairInput(readTextBlocks(root))!;
    expect(input.texts).toHaveLength(2);
    expect(input.labelTexts.size).toBe(0);
    expect(pairsAsScanner(root)).toEqual([]);
    expect(pricePairInput(readTextBlocks(body('<p>No prices here, 12 reviews</p>')))).toBeNull();
  });
});
