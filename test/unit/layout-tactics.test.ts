// Tactics flagged from what the layout showed, whatever the words: a box the page ticked for the shopper
// (sneak-into-basket), an offer that appeared on exit (exit-offer), and was-price's discount from a struck
// price paired with the live one.
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/core/types';
import { detector } from '../../src/tactics';
import { layoutDiscountFacts } from '../../src/tactics/was-price';

const tacticsOf = (block: TextBlock): string[] => detector.detectBlock(block).map((f) => f.tactic);
const findingOf = (block: TextBlock, tactic: string) => detector.detectBlock(block).find((f) => f.tactic === tactic);

describe('a pre-ticked add-on or subscription box', () => {
  it('is flagged as sneak-into-basket with the pre-ticked fact, in any language', () => {
    for (const text of [
      'Add a 3-year protection plan for $39.99',
      'Lisää 3 vuoden turvapaketti 39,99 €',
      '加购三年延保 ¥299',
      'Subscribe & save: deliver every month',
    ]) {
      const finding = findingOf({ id: 'b', text, layout: { preTicked: true } }, 'sneak-into-basket');
      expect(finding, text).toBeDefined();
      expect(finding!.family).toBe('sneaking');
      expect(finding!.facts).toEqual([{ kind: 'pre-ticked' }]);
      expect(finding!.evidence).toBe(text);
    }
  });

  it('is not flagged unticked, or without the layout fact', () => {
    const text = 'Add a 3-year protection plan for $39.99';
    expect(tacticsOf({ id: 'b', text })).not.toContain('sneak-into-basket');
    expect(tacticsOf({ id: 'b', text, layout: { preTicked: false } })).not.toContain('sneak-into-basket');
    expect(tacticsOf({ id: 'b', text, layout: { struckPrices: ['$49.99'] } })).not.toContain('sneak-into-basket');
  });

  it("keeps the words' finding once, and the cue finding gets no pre-ticked fact without the layout", () => {
    const text = 'Shipping protection was automatically added to your cart';
    const ticked = detector.detectBlock({ id: 'b', text, layout: { preTicked: true } });
    expect(ticked.filter((f) => f.tactic === 'sneak-into-basket')).toHaveLength(1);
    expect(ticked.find((f) => f.tactic === 'sneak-into-basket')!.facts).toEqual([{ kind: 'pre-ticked' }]);
    expect(findingOf({ id: 'b', text }, 'sneak-into-basket')!.facts).toEqual([]);
  });
});

describe('an offer that appeared on exit', () => {
  it('is flagged as exit-offer, a concession, when it speaks of a price or a deal', () => {
    for (const text of ['Take 15% off your order today', 'Ota 10 % alennus', '新人专享券 ¥20']) {
      const finding = findingOf({ id: 'b', text, layout: { appearedOnExit: true } }, 'exit-offer');
      expect(finding, text).toBeDefined();
      expect(finding!.family).toBe('concession');
    }
  });

  it('is not flagged when what appeared is not an offer', () => {
    for (const text of ['Subscribe to our newsletter', 'Your cart', 'Tilauksesi on tallennettu', '购物车']) {
      expect(tacticsOf({ id: 'b', text, layout: { appearedOnExit: true } }), text).not.toContain('exit-offer');
    }
  });

  it('is not flagged when it was on the page from the start', () => {
    expect(tacticsOf({ id: 'b', text: 'Take 15% off your order today' })).not.toContain('exit-offer');
    expect(tacticsOf({ id: 'b', text: 'Take 15% off', layout: { appearedOnExit: false } })).not.toContain('exit-offer');
  });

  it('is one finding when the words say it too', () => {
    const found = tacticsOf({
      id: 'b',
      text: 'Wait! Before you go, here is 10% off',
      layout: { appearedOnExit: true },
    });
    expect(found.filter((t) => t === 'exit-offer')).toHaveLength(1);
  });
});

describe("was-price's discount from the layout", () => {
  it('pairs the struck price with the live price', () => {
    expect(layoutDiscountFacts({ struckPrices: ['$499.00'], livePrice: '$349.00' })).toEqual([
      { kind: 'discount', anchor: '499.00', price: '349.00', currency: 'USD', percent: 30, saving: '150.00' },
      { kind: 'anchor-ratio', anchor: '499.00', price: '349.00', ratio: 1.4 },
    ]);
    // A struck price without a currency takes the live one's; a struck price below the live one is not an anchor.
    expect(layoutDiscountFacts({ struckPrices: ['20,00', '59,90'], livePrice: '39,90 €' })?.[0]).toMatchObject({
      anchor: '59.90',
      price: '39.90',
      currency: 'EUR',
      percent: 33,
    });
  });

  it('gives nothing without both prices, with the prices the wrong way round, or across currencies', () => {
    expect(layoutDiscountFacts(undefined)).toBeNull();
    expect(layoutDiscountFacts({ struckPrices: ['$499.00'] })).toBeNull();
    expect(layoutDiscountFacts({ livePrice: '$349.00' })).toBeNull();
    expect(layoutDiscountFacts({ struckPrices: ['$299.00'], livePrice: '$349.00' })).toBeNull();
    expect(layoutDiscountFacts({ struckPrices: ['€499.00'], livePrice: '$349.00' })).toBeNull();
    expect(layoutDiscountFacts({ struckPrices: ['n/a'], livePrice: 'call us' })).toBeNull();
  });

  it('puts the pair on the finding of a block whose words show no prices', () => {
    const finding = findingOf(
      { id: 'b', text: 'Espresso machine', layout: { struckPrices: ['$499.00'], livePrice: '$349.00' } },
      'was-price',
    );
    expect(finding?.facts.find((f) => f.kind === 'discount')).toMatchObject({ anchor: '499.00', price: '349.00' });
  });

  it("keeps the words' own facts, with the page's claims, when they give the same prices", () => {
    const finding = findingOf(
      {
        id: 'b',
        text: 'Was $499.00 Now $349.00 (-40%)',
        lang: 'en',
        layout: { struckPrices: ['$499.00'], livePrice: '$349.00' },
      },
      'was-price',
    );
    const kinds = finding!.facts.map((f) => f.kind);
    expect(kinds).toContain('discount');
    expect(kinds).toContain('claimed-discount-mismatch');
  });

  it('prefers the layout pair when the words read other prices, and keeps their other facts', () => {
    const finding = findingOf(
      {
        id: 'b',
        text: 'Was $59.99, now $24.99. Lowest price in the last 30 days: $29.99',
        lang: 'en',
        layout: { struckPrices: ['$499.00'], livePrice: '$349.00' },
      },
      'was-price',
    );
    const discounts = finding!.facts.filter((f) => f.kind === 'discount');
    expect(discounts).toHaveLength(1);
    expect(discounts[0]).toMatchObject({ anchor: '499.00', price: '349.00' });
  });
});
