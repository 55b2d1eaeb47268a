// Which product a page shows, for the on-device price memory (src/price-memory.ts files prices under this key).
// Without zod, as it runs in the content script, which has a size budget.
import { normalize } from '../price/decimal';

/** Longest product key kept (as PRICE_MEMORY_MAX_KEY_CHARS in src/price-memory.ts). */
const PRICE_MEMORY_MAX_KEY_CHARS = 300;

export interface ProductIdentity {
  /** "shop.example sku:ABC-1", "shop.example gtin:0123…", or "url:https://shop.example/p/1". */
  key: string;
  /** The price the page's JSON-LD offer states, when it states one. */
  price?: { amount: string; currency: string | null };
}

/** JSON-LD scripts read, and the longest one. */
const MAX_LD_SCRIPTS = 12;
const MAX_LD_CHARS = 200_000;
const ID_FIELDS = ['sku', 'gtin13', 'gtin12', 'gtin14', 'gtin8', 'gtin', 'productID'] as const;

function isProduct(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  return type === 'Product' || (Array.isArray(type) && type.includes('Product'));
}

/** The first JSON-LD Product node, looking through arrays and @graph (bounded depth). */
function findProduct(value: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 4 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) {
      const found = findProduct(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const node = value as Record<string, unknown>;
  if (isProduct(node)) return node;
  return findProduct(node['@graph'], depth + 1) ?? findProduct(node['mainEntity'], depth + 1);
}

function scalar(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 200) return value.trim();
  return null;
}

function offerPrice(product: Record<string, unknown>): ProductIdentity['price'] {
  const offers = Array.isArray(product.offers) ? product.offers[0] : product.offers;
  if (!offers || typeof offers !== 'object') return undefined;
  const offer = offers as Record<string, unknown>;
  const amount = normalize(scalar(offer.price) ?? scalar(offer.lowPrice) ?? '');
  if (!amount || amount.startsWith('-')) return undefined;
  const currency = scalar(offer.priceCurrency);
  return { amount, currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null };
}

function withoutHash(url: string, base: string): string | null {
  try {
    const u = new URL(url, base);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** The product a page shows, identified for the price memory. Reads the document only; never throws. */
export function productIdentity(
  doc: Document,
  address: string = doc.location?.href ?? doc.URL,
): ProductIdentity | null {
  let host = '';
  try {
    host = new URL(address).host;
  } catch {
    // An odd address: keys without a host.
  }
  const key = (k: string): string => k.slice(0, PRICE_MEMORY_MAX_KEY_CHARS);
  let product: Record<string, unknown> | null = null;
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, MAX_LD_SCRIPTS);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_LD_CHARS) continue;
    try {
      product = findProduct(JSON.parse(text));
    } catch {
      product = null;
    }
    if (product) break;
  }
  const price = product ? offerPrice(product) : undefined;
  const extra = price ? { price } : {};
  if (product) {
    for (const field of ID_FIELDS) {
      const id = scalar(product[field]);
      if (id) return { key: key(`${host} ${field.startsWith('gtin') ? 'gtin' : field}:${id}`), ...extra };
    }
    const url = scalar(product.url);
    const absolute = url ? withoutHash(url, address) : null;
    if (absolute) return { key: key(`url:${absolute}`), ...extra };
  }
  const declared =
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    null;
  const canonical = declared ? withoutHash(declared, address) : null;
  if (canonical) return { key: key(`url:${canonical}`), ...extra };
  try {
    const u = new URL(address);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    u.search = '';
    u.hash = '';
    return { key: key(`url:${u.href}`), ...extra };
  } catch {
    return null;
  }
}
