import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/facts';
import { LANGS } from '../../src/core/vocabulary';
import { factSentence, FACT_KINDS, money } from '../../src/ui/facts';

const EXAMPLES: Fact[] = [
  { kind: 'discount', anchor: '249.00', price: '99.00', currency: 'USD', percent: 60, saving: '150.00' },
  { kind: 'anchor-ratio', anchor: '259.00', price: '99.00', ratio: 2.6 },
  { kind: 'claimed-discount-mismatch', claimedPercent: 70, computedPercent: 60 },
  { kind: 'extra-spend', threshold: '50.00', current: '13.00', extra: '37.00', currency: 'USD', reward: 'gift' },
  {
    kind: 'unit-price',
    unitPrice: '6.67',
    quantity: 3,
    currency: 'EUR',
    total: '20.00',
    price: '10.00',
    offer: 'bogo',
  },
  {
    kind: 'instalment-total',
    instalment: '25.00',
    count: 12,
    total: '300.00',
    currency: 'EUR',
    price: '280.00',
    extra: '20.00',
  },
  {
    kind: 'lowest-30-days',
    lowest: '89.00',
    price: '99.00',
    percentVsLowest: -11,
    currency: 'EUR',
    anchor: '149.00',
    anchorVsLowest: 67,
  },
  { kind: 'countdown-ticking' },
  { kind: 'pre-ticked' },
  {
    kind: 'anchor-above-history',
    anchor: '499.00',
    highestSeen: '429.00',
    currency: 'USD',
    since: '2025-01-07',
    pricesSeen: 2,
  },
];

describe('facts as sentences', () => {
  it('words every kind of fact in every language', () => {
    expect(new Set(EXAMPLES.map((f) => f.kind))).toEqual(new Set(FACT_KINDS));
    for (const lang of LANGS) {
      for (const fact of EXAMPLES) {
        const sentence = factSentence(fact, lang);
        expect(sentence, `${lang} ${fact.kind}`).toBeTruthy();
        expect(sentence).not.toMatch(/undefined|NaN|null/);
      }
    }
  });

  it('says the numbers plainly', () => {
    expect(factSentence(EXAMPLES[1]!, 'en')).toBe("The was-price is 2.6 times today's price.");
    expect(factSentence(EXAMPLES[3]!, 'en')).toBe(
      'To get the free gift you would spend $37.00 more (the threshold is $50.00).',
    );
    expect(
      factSentence(
        { ...EXAMPLES[3]!, threshold: null, current: null, extra: '8.5', reward: 'free-shipping' } as Fact,
        'en',
      ),
    ).toBe('To get free shipping you would spend $8.50 more.');
    expect(factSentence(EXAMPLES[0]!, 'en')).toBe(
      'The reference price is $249.00 and the price is $99.00: 60% ($150.00) less.',
    );
    expect(factSentence(EXAMPLES[1]!, 'fi')).toBe('Entinen hinta on 2,6-kertainen tämän päivän hintaan verrattuna.');
    expect(factSentence(EXAMPLES[1]!, 'zh')).toBe('原价是今天价格的 2.6 倍。');
  });

  it('never accuses: no words of blame in any sentence', () => {
    for (const lang of LANGS) {
      for (const fact of EXAMPLES) {
        expect(factSentence(fact, lang)).not.toMatch(
          /fraud|lie|lying|fake|scam|trick|欺诈|骗|虚假|huijau|valhe|valehtel/i,
        );
      }
    }
  });

  it('skips kinds it does not know and formats amounts per language', () => {
    expect(factSentence({ kind: 'from-the-future' }, 'en')).toBeNull();
    expect(money('1299', 'CNY', 'zh')).toMatch(/1,299/);
    expect(money('99.00', 'EUR', 'fi')).toMatch(/99,00\s€/);
    expect(money('12.5', null, 'en')).toBe('12.50');
  });
});
