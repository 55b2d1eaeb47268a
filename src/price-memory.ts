// Prices remembered on this device, to compare a product's price with what the page showed before. Minimal for
// now: the storage key and a way to clear it from the options page (the price work extends it).
import { storage } from 'wxt/utils/storage';

export const priceMemory = storage.defineItem<Record<string, unknown>>('local:priceMemory', { fallback: {} });

export async function clearPriceMemory(): Promise<void> {
  await priceMemory.removeValue();
}
