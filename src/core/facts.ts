// Computed facts a finding may carry. Amounts are decimal strings, never binary floats; percentages are
// integers (rounded half up) and ratios have one decimal, for display. The popup writes sentences from these.

export type Fact =
  /** The page shows a reference price (was, list, MSRP, 原价, norm.) and a lower current price. */
  | {
      kind: 'discount';
      anchor: string;
      price: string;
      currency: string | null;
      /** (anchor - price) / anchor, in percent. */
      percent: number;
      /** anchor - price. */
      saving: string;
      /** The percentage the page itself claims ("-70%", "You save 33%"), when it shows one. */
      claimedPercent?: number;
      /** The saving the page itself claims ("You save $10.00"), when it shows one. */
      claimedSaving?: string;
    }
  /** How many times the current price the reference price is: "a was-price 2.4 times the current price". */
  | { kind: 'anchor-ratio'; anchor: string; price: string; ratio: number }
  /**
   * The page claims a discount that its own prices do not give (more than a rounding point apart). Either
   * percentages or saving amounts disagree; the fields of the one that disagrees are set.
   */
  | {
      kind: 'claimed-discount-mismatch';
      claimedPercent: number;
      computedPercent: number;
      claimedSaving?: string;
      computedSaving?: string;
      currency?: string | null;
    }
  /**
   * A threshold offer (free shipping, a gift, a discount over an amount): how much more must be spent.
   * threshold and current are null when the page says only the difference ("Add $8.50 more for free shipping").
   */
  | {
      kind: 'extra-spend';
      threshold: string | null;
      current: string | null;
      extra: string;
      currency: string | null;
      reward: 'free-shipping' | 'gift' | 'discount' | 'other';
      /** The reward's value when the page says it (满199减30: "30"). */
      rewardValue?: string;
    }
  /**
   * A multi-buy offer (buy 2 get 1 free, second item half price, 3 for $10): the price of one item when the
   * offer is taken, how many items must be bought for it, and what they cost together.
   */
  | {
      kind: 'unit-price';
      unitPrice: string;
      quantity: number;
      currency: string | null;
      /** What the `quantity` items cost together. */
      total?: string;
      /** The single item's price without the offer, when known. */
      price?: string;
      offer?: 'bogo' | 'second-item' | 'multi-buy';
    }
  /** Instalments: count x instalment = total, and how it compares with the one-off price when known. */
  | {
      kind: 'instalment-total';
      instalment: string;
      count: number;
      total: string;
      currency: string | null;
      price?: string;
      /** total - price when the price is known (0 for interest-free). */
      extra?: string;
    }
  /**
   * The EU disclosure of the lowest price in the last 30 days. percentVsLowest is the discount the shopper
   * really gets against that lowest price: (lowest - price) / lowest in percent (0: the same price, negative:
   * dearer than it was). When a was-price is shown too, anchorVsLowest says how many percent higher the
   * was-price is than the 30-day lowest.
   */
  | {
      kind: 'lowest-30-days';
      lowest: string;
      price: string;
      percentVsLowest: number;
      currency?: string | null;
      anchor?: string;
      anchorVsLowest?: number;
    }
  | { kind: 'countdown-ticking' }
  | { kind: 'pre-ticked' }
  | AnchorAboveHistoryFact;

/**
 * A reference price higher than every price this device has seen for the product (src/price-memory.ts),
 * since the date the first of them was seen (ISO date, "2025-01-31"). The background adds it to anchoring
 * findings (src/price-facts-memory.ts); src/ui/facts.ts words it. A type, not an interface, so that it fits
 * the messages' loose fact schema (an interface has no index signature).
 */
export type AnchorAboveHistoryFact = {
  kind: 'anchor-above-history';
  anchor: string;
  /** The highest price seen for the product, in the anchor's currency. */
  highestSeen: string;
  currency: string | null;
  /** The day the earliest remembered price was seen. */
  since: string;
  /** How many different prices were seen. */
  pricesSeen: number;
};
