// Computed facts a finding may carry. Amounts are decimal strings, never binary floats.

export type Fact =
  | { kind: 'discount'; anchor: string; price: string; currency: string | null; percent: number }
  | { kind: 'anchor-ratio'; anchor: string; price: string; ratio: number }
  | { kind: 'claimed-discount-mismatch'; claimedPercent: number; computedPercent: number }
  | { kind: 'extra-spend'; threshold: string; current: string; extra: string; currency: string | null }
  | { kind: 'unit-price'; unitPrice: string; quantity: number; currency: string | null }
  | { kind: 'instalment-total'; instalment: string; count: number; total: string; currency: string | null }
  | { kind: 'lowest-30-days'; lowest: string; price: string; percentVsLowest: number }
  | { kind: 'countdown-ticking' }
  | { kind: 'pre-ticked' };
