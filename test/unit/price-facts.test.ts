// Price facts from text (en, zh, fi) and from explicit amounts: discounts and the page's own claims, the
// anchor ratio, the 30-day lowest price, threshold offers, multi-buy offers and instalments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/facts';
import {
  bundleFact,
  discountFacts,
  extraSpendFact,
  instalmentFact,
  lowestFact,
  multiBuyFact,
  priceFacts,
  thresholdFact,
} from '../../src/price/facts';

const kinds = (facts: Fact[]) => facts.map((f) => f.kind);
const find = <K extends Fact['kind']>(facts: Fact[], kind: K) =>
  facts.find((f) => f.kind === kind) as Extract<Fact, { kind: K }> | undefined;

describe('discount and anchor ratio', () => {
  it('en: was / now', () => {
    const facts = priceFacts('Was: $59.99 Now: $24.99');
    expect(find(facts, 'discount')).toMatchObject({
      anchor: '59.99',
      price: '24.99',
      currency: 'USD',
      percent: 58,
      saving: '35.00',
    });
    expect(find(facts, 'anchor-ratio')).toMatchObject({ ratio: 2.4 });
    expect(find(facts, 'claimed-discount-mismatch')).toBeUndefined();
  });

  it('en: a claim that matches (list, price, you save)', () => {
    const facts = priceFacts('List: $29.95 Price: $19.95 You save: $10.00 (33%)');
    expect(find(facts, 'discount')).toMatchObject({ percent: 33, claimedPercent: 33, claimedSaving: '10.00' });
    expect(kinds(facts)).not.toContain('claimed-discount-mismatch');
  });

  it('en: a badge that does not match the prices', () => {
    const facts = priceFacts('-70% Was $29.99 Now $17.69');
    expect(find(facts, 'discount')?.percent).toBe(41);
    expect(find(facts, 'claimed-discount-mismatch')).toMatchObject({ claimedPercent: 70, computedPercent: 41 });
  });

  it('en: a claimed saving that does not match', () => {
    const facts = priceFacts('Was $100.00 Now $80.00 You save $30.00');
    expect(find(facts, 'claimed-discount-mismatch')).toMatchObject({ claimedSaving: '30.00', computedSaving: '20.00' });
  });

  it('en: the reference price from "you save" when no was-price is shown', () => {
    const facts = priceFacts('Now $80.00 You save $120.00 (60%)');
    expect(find(facts, 'discount')).toMatchObject({
      anchor: '200.00',
      price: '80.00',
      percent: 60,
      claimedPercent: 60,
    });
    expect(kinds(facts)).not.toContain('claimed-discount-mismatch');
  });

  it('en: "up to" is not a claim about this item', () => {
    expect(kinds(priceFacts('Up to 70% off! Was $100 Now $80'))).not.toContain('claimed-discount-mismatch');
  });

  it('en: a coupon or cart percentage is not a claim about these prices', () => {
    expect(kinds(priceFacts('Extra 20% off with code SPRING. Was $50.00 Now $45.00'))).not.toContain(
      'claimed-discount-mismatch',
    );
    expect(kinds(priceFacts('Was $50.00 Now $45.00. 15% off orders over $100'))).not.toContain(
      'claimed-discount-mismatch',
    );
  });

  it('en: a rating is not a price', () => {
    expect(kinds(priceFacts('Was $59.99. Rated 4.75 out of 5'))).toEqual([]);
  });

  it('zh: 原价 / 到手价, and 折 as a claim', () => {
    const facts = priceFacts('原价 ¥399 到手价 ¥299');
    expect(find(facts, 'discount')).toMatchObject({ anchor: '399', price: '299', currency: 'CNY', percent: 25 });
    expect(find(facts, 'anchor-ratio')?.ratio).toBe(1.3);
    const claimed = priceFacts('原价¥399 现价¥299 7折');
    expect(find(claimed, 'claimed-discount-mismatch')).toMatchObject({ claimedPercent: 30, computedPercent: 25 });
  });

  it('fi: norm. / nyt', () => {
    const facts = priceFacts('Norm. 59,90 € nyt 39,90 €');
    expect(find(facts, 'discount')).toMatchObject({ anchor: '59.90', price: '39.90', currency: 'EUR', percent: 33 });
    const badge = priceFacts('-50 % Norm. 59,90 € nyt 39,90 €');
    expect(find(badge, 'claimed-discount-mismatch')).toMatchObject({ claimedPercent: 50, computedPercent: 33 });
  });

  it('pure: discountFacts', () => {
    expect(discountFacts('100', '100')).toEqual([]);
    expect(discountFacts('100', '120')).toEqual([]);
    const facts = discountFacts('150', '60', { currency: 'USD', claimedPercent: 60 });
    expect(kinds(facts)).toEqual(['discount', 'anchor-ratio']);
    expect(find(facts, 'anchor-ratio')?.ratio).toBe(2.5);
    expect(kinds(discountFacts('150', '60', { claimedPercent: 70 }))).toContain('claimed-discount-mismatch');
    expect(discountFacts('not a number', '1')).toEqual([]);
  });
});

describe('lowest price in the last 30 days', () => {
  it('fi: alin hinta 30 päivän aikana, against the price and the was-price', () => {
    const facts = priceFacts('Norm. 59,90 € nyt 39,90 €. Alin hinta 30 päivän aikana 39,90 €');
    expect(find(facts, 'lowest-30-days')).toMatchObject({
      lowest: '39.90',
      price: '39.90',
      percentVsLowest: 0,
      anchor: '59.90',
      anchorVsLowest: 50,
    });
  });

  it('en: lowest price in the last 30 days', () => {
    const facts = priceFacts('Lowest price in the last 30 days: $39.90. Was $59.99, now $44.99');
    expect(find(facts, 'lowest-30-days')).toMatchObject({ lowest: '39.90', price: '44.99', percentVsLowest: -13 });
  });

  it('zh: 近30天最低价', () => {
    const facts = priceFacts('到手价 ¥259 近30天最低价 ¥239');
    expect(find(facts, 'lowest-30-days')).toMatchObject({ lowest: '239', price: '259' });
  });

  it('pure: lowestFact', () => {
    expect(lowestFact('40', '30')).toMatchObject({ percentVsLowest: 25 });
    expect(lowestFact('0', '30')).toBeNull();
  });
});

describe('threshold offers and extra spend', () => {
  it('en: add $X more for free shipping', () => {
    expect(find(priceFacts('Add $8.50 more for free shipping'), 'extra-spend')).toMatchObject({
      extra: '8.50',
      reward: 'free-shipping',
      threshold: null,
    });
  });

  it('en: free shipping on orders over $50 with the price known', () => {
    expect(find(priceFacts('$34.99 Free shipping on orders over $50'), 'extra-spend')).toMatchObject({
      threshold: '50',
      current: '34.99',
      extra: '15.01',
      reward: 'free-shipping',
    });
  });

  it('en: a gift over an amount', () => {
    expect(find(priceFacts('Price: $60.00. Free gift with orders over $75'), 'extra-spend')).toMatchObject({
      extra: '15.00',
      reward: 'gift',
    });
  });

  it('fi: ilmainen toimitus yli 50 €:n tilauksille', () => {
    expect(find(priceFacts('Hinta 39,90 €. Ilmainen toimitus yli 50 €:n tilauksille'), 'extra-spend')).toMatchObject({
      extra: '10.10',
      reward: 'free-shipping',
    });
  });

  it('zh: 满199减30 and 满99包邮', () => {
    const facts = priceFacts('¥159 满199减30');
    expect(find(facts, 'extra-spend')).toMatchObject({
      threshold: '199',
      current: '159',
      extra: '40',
      reward: 'discount',
      rewardValue: '30',
    });
  });

  it("en: a gift's value is not a was-price; a saving over a threshold is the reward", () => {
    const gift = priceFacts('Free gift (a $150 value) with purchases over $100. Item $80.00');
    expect(kinds(gift)).toEqual(['extra-spend']);
    expect(find(gift, 'extra-spend')).toMatchObject({ extra: '20.00', reward: 'gift' });
    const save = priceFacts('Save $5 when you spend $50. $42.00');
    expect(kinds(save)).toEqual(['extra-spend']);
    expect(find(save, 'extra-spend')).toMatchObject({ extra: '8.00', reward: 'discount', rewardValue: '5' });
  });

  it('pure: thresholdFact and extraSpendFact', () => {
    expect(thresholdFact('50', '60')).toMatchObject({ extra: '0' });
    expect(thresholdFact('50', '12.34', 'EUR', 'gift')).toMatchObject({
      extra: '37.66',
      currency: 'EUR',
      reward: 'gift',
    });
    expect(extraSpendFact('8.50', 'USD', 'free-shipping', '41.50')).toMatchObject({ threshold: '50.00' });
  });
});

describe('multi-buy offers: unit price and quantity', () => {
  it('en: buy 2 get 1 free', () => {
    expect(find(priceFacts('Buy 2 get 1 free. $10.00 each'), 'unit-price')).toMatchObject({
      unitPrice: '6.67',
      quantity: 3,
      total: '20.00',
    });
  });

  it('en: buy one get one 50% off, second item half price, 3 for $10', () => {
    expect(find(priceFacts('$12.00 Buy one get one 50% off'), 'unit-price')).toMatchObject({
      unitPrice: '9.00',
      quantity: 2,
    });
    expect(find(priceFacts('$12.00 Second item half price'), 'unit-price')).toMatchObject({
      unitPrice: '9.00',
      quantity: 2,
      offer: 'second-item',
    });
    expect(find(priceFacts('3 for $10'), 'unit-price')).toMatchObject({ unitPrice: '3.33', quantity: 3 });
  });

  it('zh: 买一送一, 第二件半价', () => {
    expect(find(priceFacts('¥59 买一送一'), 'unit-price')).toMatchObject({ unitPrice: '29.50', quantity: 2 });
    expect(find(priceFacts('¥88 第二件半价'), 'unit-price')).toMatchObject({ unitPrice: '66.00', quantity: 2 });
  });

  it('fi: osta 3 maksa 2, toinen tuote -50 %', () => {
    expect(find(priceFacts('Hinta 39,90 € osta 3 maksa 2'), 'unit-price')).toMatchObject({
      unitPrice: '26.60',
      quantity: 3,
    });
    expect(find(priceFacts('Hinta 20,00 € toinen tuote -50 %'), 'unit-price')).toMatchObject({
      unitPrice: '15.00',
      quantity: 2,
    });
  });

  it('pure: multiBuyFact and bundleFact', () => {
    expect(multiBuyFact({ price: '9.99', buy: 1, get: 1 })).toMatchObject({
      unitPrice: '5.00',
      quantity: 2,
      total: '9.99',
    });
    expect(multiBuyFact({ price: '9.99', buy: 0, get: 1 })).toBeNull();
    expect(bundleFact('10', 3)).toMatchObject({ unitPrice: '3.33' });
  });
});

describe('instalments: the total', () => {
  it('en: 4 interest-free payments of $12.50', () => {
    expect(find(priceFacts('4 interest-free payments of $12.50'), 'instalment-total')).toMatchObject({
      count: 4,
      total: '50.00',
      currency: 'USD',
    });
  });

  it('en: against the one-off price', () => {
    expect(find(priceFacts('$499.00 or $45.00/mo for 12 months'), 'instalment-total')).toMatchObject({
      count: 12,
      total: '540.00',
      price: '499.00',
      extra: '41.00',
    });
  });

  it('fi and zh: 12 x 9,90 €, 分12期 每期', () => {
    expect(find(priceFacts('12 x 9,90 €'), 'instalment-total')).toMatchObject({
      count: 12,
      total: '118.80',
      currency: 'EUR',
    });
    expect(find(priceFacts('¥1299 分12期 每期¥108.25'), 'instalment-total')).toMatchObject({
      count: 12,
      total: '1299.00',
    });
  });

  it('pure: instalmentFact', () => {
    expect(instalmentFact('12.50', 4, 'USD', '49.99')).toMatchObject({ total: '50.00', extra: '0.01' });
    expect(instalmentFact('12.50', 1)).toBeNull();
  });
});

describe('no facts where there are none', () => {
  it.each(['Only 3 left in stock', '$19.99', 'Rated 4.5 out of 5', 'Free returns within 30 days', ''])('%j', (text) => {
    expect(priceFacts(text)).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(Array.isArray(priceFacts(text))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
