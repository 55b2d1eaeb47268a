// Prices remembered on this device, per product, to tell a shopper when a page's reference price ("was",
// "list price") is higher than every price they have seen for the product themselves. Stored in
// storage.local only: never sent anywhere, capped in size and age, cleared from the options page.
//
// - The product's key comes from the page (src/page/product-identity.ts: JSON-LD Product sku/gtin/productID/url,
//   else og:url or the canonical link, else the address without query).
// - createPriceMemory(cell): rememberPrice / priceHistory / clear on any value cell with WXT's item shape
//   (tests inject one in memory); the functions below use the `priceMemory` item.
// - anchorAgainstHistory(anchor, history): pure; the 'anchor-above-history' fact or null.
// Every entry is validated with zod on read: a corrupt entry is dropped, the others kept.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { AnchorAboveHistoryFact } from './core/facts';
import { compare, dec, normalize } from './price/decimal';

/** Products remembered; the ones seen longest ago go first. */
export const PRICE_MEMORY_MAX_PRODUCTS = 500;
/** A price not seen again for this long is forgotten. */
export const PRICE_MEMORY_MAX_AGE_DAYS = 90;
/** Different prices remembered per product; the ones seen longest ago go first. */
export const PRICE_MEMORY_MAX_PRICES_PER_PRODUCT = 12;
/** A history shorter than this (the first visit) says nothing about an anchor. */
export const PRICE_MEMORY_MIN_HISTORY_DAYS = 1;
/** Longest product key kept. */
export const PRICE_MEMORY_MAX_KEY_CHARS = 300;

const DAY_MS = 86_400_000;

const observationSchema = z.object({
  amount: z.string().regex(/^\d{1,12}(?:\.\d{1,6})?$/),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  firstSeen: z.number().int().nonnegative(),
  lastSeen: z.number().int().nonnegative(),
});
const entrySchema = z.object({ prices: z.array(observationSchema).max(PRICE_MEMORY_MAX_PRICES_PER_PRODUCT * 4) });

/** One price seen for a product: when first and last. */
export type PriceObservation = z.infer<typeof observationSchema>;
type Entry = z.infer<typeof entrySchema>;
type Stored = Record<string, Entry>;

export const priceMemory = storage.defineItem<Record<string, unknown>>('local:priceMemory', { fallback: {} });

/** The shape of a WXT storage item, so tests can inject one in memory. */
export interface PriceMemoryCell {
  getValue(): Promise<Record<string, unknown> | null | undefined>;
  setValue(value: Record<string, unknown>): Promise<void>;
  removeValue(): Promise<void>;
}

function lastSeenOf(entry: Entry): number {
  return entry.prices.reduce((m, p) => Math.max(m, p.lastSeen), 0);
}

/** The valid entries of a stored value, without the expired prices; corrupt entries are dropped one by one. */
export function validPriceMemory(value: unknown, now: number): Stored {
  const out: Stored = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  const oldest = now - PRICE_MEMORY_MAX_AGE_DAYS * DAY_MS;
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (key.length === 0 || key.length > PRICE_MEMORY_MAX_KEY_CHARS) continue;
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) continue;
    const prices = parsed.data.prices.filter((p) => p.lastSeen >= oldest && p.firstSeen <= p.lastSeen);
    if (prices.length) out[key] = { prices };
  }
  return out;
}

/** Caps a memory: the most recently seen prices per product and the most recently seen products. */
function capped(memory: Stored): Stored {
  const entries = Object.entries(memory).map(([key, entry]) => {
    const prices = [...entry.prices]
      .sort((a, b) => b.lastSeen - a.lastSeen)
      .slice(0, PRICE_MEMORY_MAX_PRICES_PER_PRODUCT);
    return [key, { prices }] as const;
  });
  entries.sort((a, b) => lastSeenOf(b[1]) - lastSeenOf(a[1]));
  return Object.fromEntries(entries.slice(0, PRICE_MEMORY_MAX_PRODUCTS));
}

export function createPriceMemory(cell: PriceMemoryCell, now: () => number = () => Date.now()) {
  // Writes in order: two pages remembering at once must not lose one another's price.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const read = async (): Promise<Stored> => validPriceMemory(await cell.getValue(), now());

  return {
    /** Remembers that the page showed `amount` for the product at `seenAt` (ms since the epoch). False for bad input. */
    rememberPrice(
      productKey: string,
      amount: string,
      currency: string | null,
      seenAt: number = now(),
    ): Promise<boolean> {
      const normal = normalize(amount);
      const at = Math.round(seenAt);
      if (
        !productKey ||
        productKey.length > PRICE_MEMORY_MAX_KEY_CHARS ||
        !normal ||
        normal.startsWith('-') ||
        !Number.isFinite(at) ||
        at < 0
      ) {
        return Promise.resolve(false);
      }
      const observation = { amount: normal, currency: currency ?? null, firstSeen: at, lastSeen: at };
      if (!observationSchema.safeParse(observation).success) return Promise.resolve(false);
      return serial(async () => {
        const memory = await read();
        const prices = memory[productKey]?.prices ?? [];
        const same = prices.find((p) => p.amount === normal && p.currency === observation.currency);
        if (same) {
          same.firstSeen = Math.min(same.firstSeen, at);
          same.lastSeen = Math.max(same.lastSeen, at);
        } else prices.push(observation);
        memory[productKey] = { prices };
        await cell.setValue(capped(validPriceMemory(memory, now())));
        return true;
      });
    },
    /** The prices remembered for a product, earliest first seen first. */
    async priceHistory(productKey: string): Promise<PriceObservation[]> {
      const memory = await read();
      return [...(memory[productKey]?.prices ?? [])].sort((a, b) => a.firstSeen - b.firstSeen);
    },
    /** Forgets every price. */
    clear(): Promise<void> {
      return serial(() => cell.removeValue());
    },
  };
}

const defaultMemory = createPriceMemory(priceMemory);

export function rememberPrice(
  productKey: string,
  amount: string,
  currency: string | null,
  seenAt?: number,
): Promise<boolean> {
  return defaultMemory.rememberPrice(productKey, amount, currency, seenAt);
}

export function priceHistory(productKey: string): Promise<PriceObservation[]> {
  return defaultMemory.priceHistory(productKey);
}

export async function clearPriceMemory(): Promise<void> {
  await defaultMemory.clear();
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The 'anchor-above-history' fact when the anchor is higher than every price seen for the product in its
 * currency, and the history is at least PRICE_MEMORY_MIN_HISTORY_DAYS old (a first visit proves nothing).
 */
export function anchorAgainstHistory(
  anchor: { amount: string; currency: string | null },
  history: readonly PriceObservation[],
  now: number = Date.now(),
): AnchorAboveHistoryFact | null {
  const a = dec(anchor.amount);
  if (!a || a.units <= 0n) return null;
  const seen = history.filter((p) => anchor.currency === null || p.currency === null || p.currency === anchor.currency);
  if (seen.length === 0) return null;
  const since = Math.min(...seen.map((p) => p.firstSeen));
  if (now - since < PRICE_MEMORY_MIN_HISTORY_DAYS * DAY_MS) return null;
  let highest = seen[0]!;
  for (const p of seen) {
    const d = dec(p.amount);
    if (!d) return null;
    if (compare(d, dec(highest.amount)!) > 0) highest = p;
  }
  if (compare(a, dec(highest.amount)!) <= 0) return null;
  return {
    kind: 'anchor-above-history',
    anchor: anchor.amount,
    highestSeen: highest.amount,
    currency: anchor.currency ?? highest.currency,
    since: new Date(since).toISOString().slice(0, 10),
    pricesSeen: seen.length,
  };
}
