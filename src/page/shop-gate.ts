// The shop gate: decides, within SHOP_GATE_BUDGET_MS, whether this page sells something. Elsewhere (an
// article, a help page, an account page of a curated shop) no text is read at all.
// Signals, cheapest first: og:type product; schema.org microdata (itemprop price, Product or Offer items);
// JSON-LD Product or Offer; a buy control (add to cart, buy now) with a price near it; a product address
// on a curated shop host. Any one is enough.

/** The gate's whole budget on the page thread; past it, the page counts as not a shop. */
export const SHOP_GATE_BUDGET_MS = 2;
/** At most this many characters of each JSON-LD script are searched for a Product or Offer type. */
const JSON_LD_MAX_CHARS = 20_000;
const JSON_LD_MAX_SCRIPTS = 12;
/** At most this many buttons are looked at for buy words. */
const MAX_BUTTONS = 400;
/** How far up from a buy control a price may be, in ancestors, and how much text is read there. */
const PRICE_REACH_ANCESTORS = 6;
const PRICE_REACH_CHARS = 3_000;

const JSON_LD_SHOP_TYPE =
  /"@type"\s*:\s*(?:\[[^\]]{0,200})?"(?:https?:\/\/schema\.org\/)?(?:Product|ProductGroup|Offer|AggregateOffer|IndividualProduct|Car|Vehicle)"/;
const MICRODATA =
  '[itemprop="price"],[itemprop="offers"],[itemtype*="schema.org/Product"],[itemtype*="schema.org/Offer"],[itemtype*="schema.org/AggregateOffer"]';
const BUY_CONTROL_BY_NAME =
  '[name="add-to-cart"],[id*="add-to-cart" i],[id*="addtocart" i],[class*="add-to-cart" i],[class*="addtocart" i],[data-testid*="add-to-cart" i],[data-test*="add-to-cart" i],form[action*="cart/add"]';
const BUTTONS = 'button,input[type="submit"],input[type="button"],[role="button"]';
const BUY_WORDS =
  /add to (?:cart|basket|bag|trolley)|buy (?:it )?now|add to order|pre-?order now|checkout|加入购物车|立即购买|马上抢|加入購物車|立即購買|lisää (?:ostos)?koriin|osta nyt|ostoskoriin/i;
// A price: a currency sign or code next to digits (either order).
const PRICE =
  /(?:[$€£¥￥₹]|\b(?:usd|eur|gbp|sek|nok|dkk|cny|rmb|chf|kr)\b)\s?\d|\d(?:[\d.,\s]{0,12}\d)?\s?(?:[€£¥￥元₹]|\b(?:usd|eur|gbp|kr|zł)\b)/i;
/** Addresses of product pages on the curated shops (Amazon /dp/, Etsy /listing/, Walmart /ip/, ...). */
const PRODUCT_PATH =
  /\/(?:dp|gp\/product|gp\/aw\/d|product|products|prod|p|pd|ip|listing|itm|item|items|goods|detail|sku|tuote|tuotteet)(?:\/|-|$|\.html)|\/\d{6,}\.html$|[?&](?:sku|product_?id|item_?id|pid)=/i;

export type ShopSignal = 'og-product' | 'microdata' | 'json-ld' | 'buy-control' | 'product-address' | 'none';

export interface ShopGateResult {
  shop: boolean;
  signal: ShopSignal;
  /** Main-thread time the gate took. */
  ms: number;
  /** The gate ran out of its budget before it could decide (counts as not a shop). */
  overBudget: boolean;
}

export interface ShopGateOptions {
  /** The page's address is on the curated host list (src/shop-hosts.ts); a function is asked only when needed. */
  curatedHost: boolean | (() => boolean);
  now?: () => number;
}

/** Up to `max` characters of an element's text, without building the whole subtree's string. */
function textUpTo(element: Element, max: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    text += (node as Text).data;
  }
  return text;
}

function priceNear(control: Element): boolean {
  let element: Element | null = control.parentElement;
  for (let i = 0; element && i < PRICE_REACH_ANCESTORS; i++, element = element.parentElement) {
    if (PRICE.test(textUpTo(element, PRICE_REACH_CHARS))) return true;
  }
  return false;
}

function controlText(element: Element): string {
  const value = (element as HTMLInputElement).value;
  const text = typeof value === 'string' && element.localName === 'input' ? value : (element.textContent ?? '');
  return text.length > 80 ? text.slice(0, 80) : text;
}

export function checkShopPage(doc: Document, options: ShopGateOptions): ShopGateResult {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const result = (shop: boolean, signal: ShopSignal, overBudget = false): ShopGateResult => ({
    shop,
    signal,
    ms: now() - start,
    overBudget,
  });
  const over = (): boolean => now() - start > SHOP_GATE_BUDGET_MS;

  if (doc.getElementById('add-to-cart-button') || doc.getElementById('buy-now-button')) {
    return result(true, 'buy-control');
  }
  // Asked so that a page that is not a shop gets null: the first element handed to this script's world costs
  // its DOM bindings, about a millisecond.
  if (doc.querySelector('meta[property="og:type"][content*="product" i]')) return result(true, 'og-product');
  if (doc.querySelector(MICRODATA)) return result(true, 'microdata');

  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < JSON_LD_MAX_SCRIPTS; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (JSON_LD_SHOP_TYPE.test(text.length > JSON_LD_MAX_CHARS ? text.slice(0, JSON_LD_MAX_CHARS) : text)) {
      return result(true, 'json-ld');
    }
  }
  if (over()) return result(false, 'none', true);

  const curated = typeof options.curatedHost === 'function' ? options.curatedHost : () => options.curatedHost === true;
  if (PRODUCT_PATH.test(doc.location?.pathname + (doc.location?.search ?? '')) && curated()) {
    return result(true, 'product-address');
  }

  const named = doc.querySelectorAll(BUY_CONTROL_BY_NAME);
  for (let i = 0; i < named.length && i < 8; i++) {
    if (priceNear(named[i]!)) return result(true, 'buy-control');
  }
  if (over()) return result(false, 'none', true);

  const buttons = doc.querySelectorAll(BUTTONS);
  for (let i = 0; i < buttons.length && i < MAX_BUTTONS; i++) {
    const button = buttons[i]!;
    if (BUY_WORDS.test(controlText(button)) && priceNear(button)) return result(true, 'buy-control');
    if (i % 32 === 31 && over()) return result(false, 'none', true);
  }
  return result(false, 'none');
}
