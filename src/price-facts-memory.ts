// The price memory (src/price-memory.ts) applied to one analysis: remembers the live prices a product page
// shows, and adds the 'anchor-above-history' fact to its anchoring findings when their reference price is
// higher than every price this device has seen for the product. The background calls applyPriceMemory in its
// 'analyse' handler; everything else here is pure.
//
// - Live prices: layout.livePrice of the analysed blocks (the page side pairs them with their anchors),
//   parsed with src/price parsePrice; at most MAX_LIVE_PRICES_PER_ANALYSIS distinct ones per message, in
//   block order, so a page full of other products' cards cannot flood the product's history.
// - Anchors: of findings in the anchoring family, the struck prices of their block (layout.struckPrices,
//   their currency taken from the live price when they show none) and the anchor of their discount facts;
//   failing both, a price the finding's evidence quotes above the block's live price (a labelled anchor).
// - The history is read before this page's prices are remembered: a page is compared with what was seen
//   before it, never with itself.
import type { AnchorAboveHistoryFact, Fact } from './core/facts';
import type { Finding, TextBlock } from './core/types';
import { compare, dec } from './price/decimal';
import { parsePrice, type ParsedPrice } from './price/parse';
import { anchorAgainstHistory, type PriceObservation } from './price-memory';

/** Distinct live prices remembered from one analysis message. */
export const MAX_LIVE_PRICES_PER_ANALYSIS = 4;

/** What applyPriceMemory needs of the memory (createPriceMemory's result; tests inject one in memory). */
export interface PriceMemoryAccess {
  rememberPrice(productKey: string, amount: string, currency: string | null, seenAt?: number): Promise<boolean>;
  priceHistory(productKey: string): Promise<PriceObservation[]>;
}

const samePrice = (a: ParsedPrice, b: ParsedPrice): boolean => a.amount === b.amount && a.currency === b.currency;

/** The distinct live prices the blocks' layouts show, in block order, at most `max`. */
export function livePricesOf(blocks: readonly TextBlock[], max = MAX_LIVE_PRICES_PER_ANALYSIS): ParsedPrice[] {
  const out: ParsedPrice[] = [];
  for (const block of blocks) {
    if (out.length >= max) break;
    const text = block.layout?.livePrice;
    if (!text) continue;
    const price = parsePrice(text);
    const amount = price && dec(price.amount);
    if (!price || !amount || amount.units <= 0n) continue;
    if (!out.some((p) => samePrice(p, price))) out.push(price);
  }
  return out;
}

/** The reference prices a finding rests on: its block's struck prices and its discount facts' anchors. */
export function anchorsOf(finding: Finding, block: TextBlock | undefined): ParsedPrice[] {
  const out: ParsedPrice[] = [];
  const push = (price: ParsedPrice | null): void => {
    if (price && dec(price.amount) && !out.some((p) => samePrice(p, price))) out.push(price);
  };
  const live = block?.layout?.livePrice;
  for (const struck of block?.layout?.struckPrices ?? []) push(parsePrice(struck, live ?? null));
  for (const fact of finding.facts) {
    if (fact.kind === 'discount') push({ amount: fact.anchor, currency: fact.currency });
  }
  // A labelled anchor ("List Price: $499.00") whose live price sits in another block: the price the cue
  // quoted, when it is above the live price the page side paired with the block.
  if (out.length === 0 && live) {
    const quoted = parsePrice(finding.evidence, live);
    const livePrice = parsePrice(live);
    const q = quoted && dec(quoted.amount);
    const l = livePrice && dec(livePrice.amount);
    if (
      quoted &&
      q &&
      l &&
      compare(q, l) > 0 &&
      (!quoted.currency || !livePrice.currency || quoted.currency === livePrice.currency)
    ) {
      push(quoted);
    }
  }
  return out;
}

/** The fact for the highest of the anchors that is above the history, or null. */
export function anchorFactOf(
  anchors: readonly ParsedPrice[],
  history: readonly PriceObservation[],
  now: number,
): AnchorAboveHistoryFact | null {
  let best: AnchorAboveHistoryFact | null = null;
  for (const anchor of anchors) {
    const fact = anchorAgainstHistory(anchor, history, now);
    if (fact && (!best || compare(dec(fact.anchor)!, dec(best.anchor)!) > 0)) best = fact;
  }
  return best;
}

/** The findings with the anchor-above-history fact added to each anchoring finding it applies to. */
export function withAnchorHistory(
  findings: readonly Finding[],
  blocks: readonly TextBlock[],
  history: readonly PriceObservation[],
  now: number,
): Finding[] {
  if (history.length === 0) return [...findings];
  const byId = new Map(blocks.map((b) => [b.id, b]));
  return findings.map((finding) => {
    if (finding.family !== 'anchoring' || finding.facts.some((f) => f.kind === 'anchor-above-history')) {
      return finding;
    }
    const fact = anchorFactOf(anchorsOf(finding, byId.get(finding.blockId)), history, now);
    if (!fact) return finding;
    const facts: Fact[] = [...finding.facts, fact];
    return { ...finding, facts };
  });
}

export interface PriceMemoryRequest {
  /** The product the page shows (src/page/product-identity.ts); nothing is read or kept without it. */
  productKey?: string | undefined;
  blocks: readonly TextBlock[];
}

/**
 * Compares the findings' anchors with the product's remembered prices, then remembers the live prices of
 * this message. Without a product key the findings come back as they are. Never rejects: a storage failure
 * leaves the findings without the fact.
 */
export async function applyPriceMemory(
  request: PriceMemoryRequest,
  findings: readonly Finding[],
  memory: PriceMemoryAccess,
  now: number = Date.now(),
): Promise<Finding[]> {
  const key = request.productKey;
  if (!key) return [...findings];
  let out: Finding[] = [...findings];
  try {
    if (findings.some((f) => f.family === 'anchoring')) {
      out = withAnchorHistory(findings, request.blocks, await memory.priceHistory(key), now);
    }
    for (const price of livePricesOf(request.blocks)) {
      await memory.rememberPrice(key, price.amount, price.currency, now);
    }
  } catch {
    // The memory is a nicety: the findings stand without it.
  }
  return out;
}
