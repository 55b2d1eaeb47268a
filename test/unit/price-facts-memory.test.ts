import { describe, expect, it } from 'vitest';
import type { AnchorAboveHistoryFact } from '../../src/core/facts';
import type { Finding, TextBlock } from '../../src/core/types';
import { LANGS } from '../../src/core/vocabulary';
import {
  anchorsOf,
  applyPriceMemory,
  livePricesOf,
  MAX_LIVE_PRICES_PER_ANALYSIS,
  withAnchorHistory,
  type PriceMemoryAccess,
} from '../../src/price-facts-memory';
import { createPriceMemory, type PriceMemoryCell, type PriceObservation } from '../../src/price-memory';
import { detector } from '../../src/tactics';
import { factSentence } from '../../src/ui/facts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 10, 12);
const KEY = 'shop.example sku:ESP-1';

function memoryCell(): PriceMemoryCell {
  let value: Record<string, unknown> | undefined;
  return {
    getValue: async () => value,
    setValue: async (v) => {
      value = structuredClone(v);
    },
    removeValue: async () => {
      value = undefined;
    },
  };
}

const seen = (amount: string, firstSeen: number, currency: string | null = 'USD'): PriceObservation => ({
  amount,
  currency,
  firstSeen,
  lastSeen: firstSeen,
});

const struckBlock: TextBlock = {
  id: 'b1',
  text: '$349.00 $499.00',
  lang: 'en',
  layout: { struckPrices: ['$499.00'], livePrice: '$349.00' },
};

const historyFact = (finding: Finding | undefined) => finding?.facts.find((f) => f.kind === 'anchor-above-history');

describe('live prices and anchors of an analysis', () => {
  it('reads the distinct live prices of the blocks, in order, capped', () => {
    const blocks: TextBlock[] = [
      struckBlock,
      { id: 'b2', text: 'x', layout: { livePrice: '$349.00' } },
      { id: 'b3', text: 'x', layout: { livePrice: '59,90 €' } },
      { id: 'b4', text: 'x', layout: { livePrice: 'call us' } },
      { id: 'b5', text: 'x' },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, text: 'x', layout: { livePrice: `$${i + 1}.00` } })),
    ];
    const live = livePricesOf(blocks);
    expect(live.slice(0, 2)).toEqual([
      { amount: '349.00', currency: 'USD' },
      { amount: '59.90', currency: 'EUR' },
    ]);
    expect(live).toHaveLength(MAX_LIVE_PRICES_PER_ANALYSIS);
  });

  it("takes a finding's anchors from its struck prices and its discount facts", () => {
    const [finding] = detector.detectBlock(struckBlock).filter((f) => f.tactic === 'was-price');
    expect(anchorsOf(finding!, struckBlock)).toEqual([{ amount: '499.00', currency: 'USD' }]);
    const text: TextBlock = { id: 't', text: 'Was $59.99 Now $24.99', lang: 'en' };
    const [worded] = detector.detectBlock(text).filter((f) => f.tactic === 'was-price');
    expect(anchorsOf(worded!, text)).toEqual([{ amount: '59.99', currency: 'USD' }]);
  });

  it('takes a labelled anchor from the evidence when the live price is in another block', () => {
    const block: TextBlock = { id: 'l', text: 'List Price: $499.00', lang: 'en', layout: { livePrice: '$349.00' } };
    const finding = detector.detectBlock(block).find((f) => f.tactic === 'list-price');
    expect(finding?.evidence).toBe('List Price: $499.00');
    expect(anchorsOf({ ...finding!, facts: [] }, block)).toEqual([{ amount: '499.00', currency: 'USD' }]);
    const out = withAnchorHistory([finding!], [block], [seen('399.00', T0 - 5 * DAY)], T0);
    expect(historyFact(out[0])).toMatchObject({ anchor: '499.00', highestSeen: '399.00' });
    // A quoted price at or below the live one is no anchor; without a live price the words alone do not count.
    expect(anchorsOf({ ...finding!, facts: [] }, { ...block, layout: { livePrice: '$599.00' } })).toEqual([]);
    expect(anchorsOf({ ...finding!, facts: [] }, { ...block, layout: {} })).toEqual([]);
  });

  it("gives a struck price without a currency the live price's currency", () => {
    const block: TextBlock = { id: 'b', text: '', layout: { struckPrices: ['499'], livePrice: '€349' } };
    const finding = { ...detector.detectBlock(block)[0]!, facts: [] };
    expect(anchorsOf(finding, block)).toEqual([{ amount: '499', currency: 'EUR' }]);
  });
});

describe('anchor above history', () => {
  it('adds the fact to an anchoring finding whose anchor is above every remembered price', () => {
    const findings = detector.detect([struckBlock]);
    const history = [seen('389.00', T0 - 5 * DAY), seen('419.00', T0 - 2 * DAY)];
    const out = withAnchorHistory(findings, [struckBlock], history, T0);
    const fact = historyFact(out.find((f) => f.tactic === 'was-price'));
    expect(fact).toEqual({
      kind: 'anchor-above-history',
      anchor: '499.00',
      highestSeen: '419.00',
      currency: 'USD',
      since: '2025-01-05',
      pricesSeen: 2,
    });
    // The findings given are not changed.
    expect(findings.some((f) => historyFact(f))).toBe(false);
  });

  it('adds nothing when a remembered price reached the anchor, when the history is too young, or to other families', () => {
    const findings = detector.detect([struckBlock]);
    expect(withAnchorHistory(findings, [struckBlock], [seen('499.00', T0 - 5 * DAY)], T0).some(historyFact)).toBe(
      false,
    );
    expect(withAnchorHistory(findings, [struckBlock], [seen('349.00', T0 - 3_600_000)], T0).some(historyFact)).toBe(
      false,
    );
    expect(withAnchorHistory(findings, [struckBlock], [], T0).some(historyFact)).toBe(false);
    const gift: TextBlock = { id: 'g', text: 'FREE gift with purchase', layout: { struckPrices: ['$499.00'] } };
    const giftFindings = detector.detect([gift]).filter((f) => f.family !== 'anchoring');
    expect(giftFindings.length).toBeGreaterThan(0);
    expect(withAnchorHistory(giftFindings, [gift], [seen('10.00', T0 - 5 * DAY)], T0).some(historyFact)).toBe(false);
  });

  it('compares within the currency of the anchor', () => {
    const findings = detector.detect([struckBlock]);
    expect(
      withAnchorHistory(findings, [struckBlock], [seen('100.00', T0 - 5 * DAY, 'EUR')], T0).some(historyFact),
    ).toBe(false);
  });
});

describe('applyPriceMemory', () => {
  it('remembers the live prices and reports the fact on a later visit', async () => {
    const memory = createPriceMemory(memoryCell(), () => T0);
    const visit = (live: string): TextBlock[] => [
      { id: 'p', text: `Espresso machine ${live}`, layout: { livePrice: live } },
    ];
    // Two earlier visits with different prices: nothing to say yet (no anchor).
    await applyPriceMemory({ productKey: KEY, blocks: visit('$399.00') }, [], memory, T0 - 3 * DAY);
    await applyPriceMemory({ productKey: KEY, blocks: visit('$429.00') }, [], memory, T0 - DAY);
    // The memory keeps amounts normalized ("399.00" is "399").
    expect((await memory.priceHistory(KEY)).map((p) => p.amount)).toEqual(['399', '429']);

    // Today: "$499.00" struck above $349.00.
    const findings = detector.detect([struckBlock]);
    const out = await applyPriceMemory({ productKey: KEY, blocks: [struckBlock] }, findings, memory, T0);
    expect(historyFact(out.find((f) => f.tactic === 'was-price'))).toMatchObject({
      anchor: '499.00',
      highestSeen: '429',
      since: '2025-01-07',
      pricesSeen: 2,
    });
    // Today's live price is remembered after the comparison.
    expect((await memory.priceHistory(KEY)).map((p) => p.amount)).toEqual(['399', '429', '349']);
  });

  it('compares a page with what was seen before it, never with itself', async () => {
    const memory = createPriceMemory(memoryCell(), () => T0);
    const findings = detector.detect([struckBlock]);
    const first = await applyPriceMemory({ productKey: KEY, blocks: [struckBlock] }, findings, memory, T0);
    expect(first.some(historyFact)).toBe(false);
    const later = await applyPriceMemory({ productKey: KEY, blocks: [struckBlock] }, findings, memory, T0 + 3 * DAY);
    expect(historyFact(later.find((f) => f.tactic === 'was-price'))).toMatchObject({ highestSeen: '349' });
  });

  it('neither reads nor keeps anything without a product key', async () => {
    const calls: string[] = [];
    const memory: PriceMemoryAccess = {
      rememberPrice: async () => {
        calls.push('remember');
        return true;
      },
      priceHistory: async () => {
        calls.push('history');
        return [];
      },
    };
    const findings = detector.detect([struckBlock]);
    expect(await applyPriceMemory({ blocks: [struckBlock] }, findings, memory, T0)).toEqual(findings);
    expect(calls).toEqual([]);
  });

  it('keeps the findings when the storage fails', async () => {
    const memory: PriceMemoryAccess = {
      rememberPrice: () => Promise.reject(new Error('quota')),
      priceHistory: () => Promise.reject(new Error('gone')),
    };
    const findings = detector.detect([struckBlock]);
    expect(await applyPriceMemory({ productKey: KEY, blocks: [struckBlock] }, findings, memory, T0)).toEqual(findings);
  });
});

describe('the anchor-above-history sentence', () => {
  const fact: AnchorAboveHistoryFact = {
    kind: 'anchor-above-history',
    anchor: '499.00',
    highestSeen: '429.00',
    currency: 'USD',
    since: '2025-01-07',
    pricesSeen: 2,
  };
  const like = (patch: Partial<AnchorAboveHistoryFact>): AnchorAboveHistoryFact => ({ ...fact, ...patch });

  it('is written in every language with the numbers and the day', () => {
    expect(factSentence(fact, 'en')).toBe(
      'The reference price $499.00 is higher than any price you have seen for this product on this device since Jan 7, 2025 (highest: $429.00).',
    );
    expect(factSentence(fact, 'zh')).toContain('2025年1月7日');
    expect(factSentence(fact, 'zh')).toMatch(
      /^参考价 US\$499\.00 高于自 .* 以来你在本设备上看到的该商品的所有价格\(最高为 US\$429\.00\)。$/,
    );
    expect(factSentence(fact, 'fi')).toMatch(
      /^Vertailuhinta 499,00\s\$ on korkeampi .* tällä laitteella 7\.1\.2025 jälkeen \(korkein: 429,00\s\$\)\.$/,
    );
    for (const lang of LANGS) expect(factSentence(fact, lang)).not.toMatch(/undefined|NaN|null/);
  });

  it('writes the highest price with as many decimals as the anchor', () => {
    expect(factSentence(like({ highestSeen: '429' }), 'en')).toContain('(highest: $429.00)');
    expect(factSentence(like({ anchor: '499', highestSeen: '429.5' }), 'en')).toContain('$499.00');
  });

  it('writes an odd day as it is', () => {
    expect(factSentence(like({ since: 'soon' }), 'en')).toContain('since soon (');
  });
});
