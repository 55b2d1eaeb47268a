// The price parser: each locale family, currencies, the 1.234 / 1,234 ambiguity, exact decimals, and
// properties on arbitrary strings (never throws, linear, spans inside the text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, decEquals, divInt, normalize, percentOff, ratio, sub, toStr } from '../../src/price/decimal';
import { currencyOf, extractPrices, parsePrice } from '../../src/price/parse';

type Case = [text: string, amount: string | null, currency: string | null, hint?: string];

function check(cases: Case[]): void {
  it.each(cases)('%j -> %s %s', (text, amount, currency, hint) => {
    const got = parsePrice(text, hint);
    if (amount === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    expect(normalize(got!.amount)).toBe(normalize(amount));
    expect(got!.currency).toBe(currency);
  });
}

describe('en-US and en-GB', () => {
  check([
    ['$1,234.56', '1234.56', 'USD'],
    ['$ 22.00', '22', 'USD'],
    ['Price: $129.00', '129', 'USD'],
    ['£1,299.99', '1299.99', 'GBP'],
    ['£ 12.50', '12.5', 'GBP'],
    ['US$:12.99', '12.99', 'USD'],
    ['$809,000', '809000', 'USD'],
    ['$5', '5', 'CAD', 'All prices in CAD'],
    ['NZD $100.70', '100.7', 'NZD'],
    ['SGD$4.90', '4.9', 'SGD'],
    ['CA$1.23', '1.23', 'CAD'],
    ['$..75', '0.75', 'USD'],
    ['.75 €', '0.75', 'EUR'],
    ['$119. 95', '119.95', 'USD'],
    ['Free!', '0', null],
    ['Sold out', null, null],
  ]);
});

describe('decimal comma: de, fi, fr, cs, pl with dot, space, no-break space and thin space groups', () => {
  check([
    ['1.234,56 €', '1234.56', 'EUR'],
    ['1 234,56 €', '1234.56', 'EUR'],
    ['1\u00a0234,56 €', '1234.56', 'EUR'],
    ['1\u2009234,56 €', '1234.56', 'EUR'],
    ['1\u202f234,56 €', '1234.56', 'EUR'],
    ['39,90 €', '39.9', 'EUR'],
    ['Hinta 39,90 €', '39.9', 'EUR'],
    ['EUR 6,99', '6.99', 'EUR'],
    ['2.499,- €', '2499', 'EUR'],
    ['35€99', '35.99', 'EUR'],
    ['€ 610,', '610', 'EUR'],
    ['1.234 €', '1234', 'EUR'],
    ['12 900,00 руб', '12900', 'RUB'],
    ['5 000 Р', '5000', 'RUB'],
  ]);
});

describe('Swiss apostrophe', () => {
  check([
    ["CHF 1'234.50", '1234.5', 'CHF'],
    ['1’234.– CHF', '1234', 'CHF'],
    ['199.90 Fr.', '199.9', 'CHF'],
  ]);
});

describe('Chinese: ¥, 元, RMB, 人民币, full-width', () => {
  check([
    ['¥399', '399', 'CNY'],
    ['￥２９９.００', '299', 'CNY'],
    ['299元', '299', 'CNY'],
    ['RMB 1,280.00', '1280', 'CNY'],
    ['人民币 88', '88', 'CNY'],
    ['22000.00元/台', '22000', 'CNY'],
    ['¥1,299', '1299', 'CNY'],
    ['2963円', '2963', 'JPY'],
  ]);
});

describe('crowns, złoty, koruna and other currencies', () => {
  check([
    ['129 kr', '129', null],
    ['1 299 kr', '1299', 'SEK', 'SEK'],
    ['SEK 1 299', '1299', 'SEK'],
    ['49,99 zł', '49.99', 'PLN'],
    ['469.00zł', '469', 'PLN'],
    ['1 299 Kč', '1299', 'CZK'],
    ['Běžná cena 75 990,00 Kč', '75990', 'CZK'],
    ['R$ 528,00', '528', 'BRL'],
    ['Rp 31.500', '31500', 'IDR'],
    ['880,000 ₫', '880000', 'VND'],
    ['₹1,29,999', '129999', 'INR'],
    ['KD 1.250', '1.25', 'KWD'],
    [' 123,456.789 OMR', '123456.789', 'OMR'],
  ]);
});

describe('ISO codes before and after, the first of several prices', () => {
  check([
    ['USD 12.50', '12.5', 'USD'],
    ['12.50 USD', '12.5', 'USD'],
    ['£94.50 GBP', '94.5', 'GBP'],
    ['AED 8000 (USD 2179)', '8000', 'AED'],
    ['PTE 120 000 000', '120000000', 'PTE'],
    ['13', '13', 'EUR', '€'],
    ['£54.17', '54.17', 'GBP', 'USD'],
    ['3 Ausgaben für nur 14,85 EUR', '14.85', 'EUR'],
  ]);
});

describe('from, ranges, per month, per kilo, percentages', () => {
  check([
    ['from $19.99', '19.99', 'USD'],
    ['From: $14.97', '14.97', 'USD'],
    ['$45,000 - $70,000', '45000', 'USD'],
    ['841,00 zł – 995,00 zł', '841', 'PLN'],
    ['$30.56/Month', '30.56', 'USD'],
    ['3,49 €/kg', '3.49', 'EUR'],
    ['129,00 € (-15%)', '129', 'EUR'],
    ['50% OFF', null, null],
  ]);
});

describe('the 1.234 / 1,234 ambiguity', () => {
  it('reads a lone separator before three digits as grouping', () => {
    expect(parsePrice('1,234')?.amount).toBe('1234');
    expect(parsePrice('1.234 €')?.amount).toBe('1234');
  });
  it('reads it as decimal where the integer part cannot be a group', () => {
    expect(parsePrice('0,750 €')?.amount).toBe('0.750');
    expect(parsePrice('1234,567')?.amount).toBe('1234.567');
  });
  it('follows the other prices of the same text', () => {
    // The text's clear prices use '.' as the decimal point: 3.599 is then three decimals (a fuel price).
    expect(extractPrices('$3.599/gal, was $3.79/gal').map((p) => p.amount)).toEqual(['3.599', '3.79']);
    expect(extractPrices('1.299 € statt 1.499,00 €').map((p) => p.amount)).toEqual(['1299', '1499.00']);
  });
  it('follows currencies with three minor digits', () => {
    expect(parsePrice('1.250 KWD')?.amount).toBe('1.250');
    expect(parsePrice('1.250 EUR')?.amount).toBe('1250');
  });
});

describe('currencyOf', () => {
  it('names the currency of a text or its hint without an amount', () => {
    expect(currencyOf('', 'EUR')).toBe('EUR');
    expect(currencyOf(null, 'Kč')).toBe('CZK');
    expect(currencyOf('Preis in €', null)).toBe('EUR');
    expect(currencyOf('$5', 'CAD')).toBe('CAD');
    expect(currencyOf('Sold out', 'Price')).toBeNull();
  });
});

describe('extractPrices', () => {
  it('finds every price with its span', () => {
    const text = 'Was: $59.99 Now: $24.99 (save 58%)';
    const prices = extractPrices(text);
    expect(prices.map((p) => [p.amount, p.currency, text.slice(p.start, p.end)])).toEqual([
      ['59.99', 'USD', '$59.99'],
      ['24.99', 'USD', '$24.99'],
    ]);
  });
  it('gives a shared sign to one price only', () => {
    expect(extractPrices('12,99 € 24,99 €').map((p) => p.amount)).toEqual(['12.99', '24.99']);
    expect(extractPrices('$ 791.00 $ 479.00').map((p) => p.amount)).toEqual(['791.00', '479.00']);
  });
  it('returns bare price-looking numbers on request', () => {
    const prices = extractPrices('Norm. 59,90 nyt 39,90 €', { bare: true });
    expect(prices.map((p) => [p.amount, p.currency, p.bare])).toEqual([
      ['59.90', 'EUR', true],
      ['39.90', 'EUR', false],
    ]);
  });
});

describe('decimal arithmetic', () => {
  it('is exact on decimal strings', () => {
    expect(toStr(sub(dec('0.3')!, dec('0.1')!))).toBe('0.2');
    expect(decEquals('94000', '94000.0')).toBe(true);
    expect(normalize('007.50')).toBe('7.5');
    expect(toStr(divInt(dec('20.00')!, 3))).toBe('6.67');
  });
  it('rounds percentages to integers and ratios to one decimal', () => {
    expect(percentOff(dec('59.99')!, dec('24.99')!)).toBe(58);
    expect(ratio(dec('59.99')!, dec('24.99')!)).toBe(2.4);
    expect(percentOff(dec('0')!, dec('1')!)).toBeNull();
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(..."0123456789.,  \u00a0\u2009'’-–$€£¥元kr zł Kč%:/()abcXYZ руб".split(''));
  const priceish = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));

  it('parsePrice never throws and returns a decimal string or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), priceish), fc.option(fc.oneof(fc.string(), priceish)), (text, hint) => {
        const got = parsePrice(text, hint);
        if (got !== null) expect(got.amount).toMatch(/^\d+(?:\.\d+)?$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('extracted spans lie inside the text and hold the number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), priceish), (text) => {
        for (const p of extractPrices(text, { bare: true })) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(text.length);
          expect(p.start).toBeLessThanOrEqual(p.numberStart);
          expect(p.numberEnd).toBeLessThanOrEqual(p.end);
          expect(p.amount).toMatch(/^\d+(?:\.\d+)?$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finishes quickly on long hostile strings (linear time)', () => {
    const hostile = [
      '1,'.repeat(50_000),
      '1 '.repeat(50_000),
      '.'.repeat(100_000) + '1',
      '$'.repeat(100_000),
      '1'.repeat(100_000),
      "1'000 ".repeat(20_000),
      'EUR'.repeat(30_000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      parsePrice(text, text);
      extractPrices(text, { bare: true });
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});
