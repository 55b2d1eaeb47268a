// The shop gate: decides, in slices of at most SHOP_GATE_BUDGET_MS (one on an idle machine), whether this page
// sells something. Elsewhere (an article, a help page, an account page of a curated shop) no text is read at all.
// Signals, cheapest first: og:type product; schema.org microdata (itemprop price, Product or Offer items);
// JSON-LD Product or Offer; a buy control (add to cart, buy now) with a price near it; a product address
// on a curated shop host. Any one is enough.

/** The gate's budget per slice on the page thread (createShopGate goes on in the next slice; checkShopPage gives up). */
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

/** What made the page a shop; 'asked': the user asked for a scan ("Scan this page") whatever the gate said. */
export type ShopSignal = 'og-product' | 'microdata' | 'json-ld' | 'buy-control' | 'product-address' | 'asked' | 'none';

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

/** The gate's checks, cheapest first; yields where it may be resumed in a later slice. */
function* gateSteps(doc: Document, options: ShopGateOptions): Generator<void, [boolean, ShopSignal]> {
  if (doc.getElementById('add-to-cart-button') || doc.getElementById('buy-now-button')) return [true, 'buy-control'];
  // Asked so that a page that is not a shop gets null: the first element handed to this script's world costs
  // its DOM bindings, about a millisecond.
  if (doc.querySelector('meta[property="og:type"][content*="product" i]')) return [true, 'og-product'];
  if (doc.querySelector(MICRODATA)) return [true, 'microdata'];

  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < JSON_LD_MAX_SCRIPTS; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (JSON_LD_SHOP_TYPE.test(text.length > JSON_LD_MAX_CHARS ? text.slice(0, JSON_LD_MAX_CHARS) : text)) {
      return [true, 'json-ld'];
    }
  }
  yield;

  const curated = typeof options.curatedHost === 'function' ? options.curatedHost : () => options.curatedHost === true;
  if (PRODUCT_PATH.test(doc.location?.pathname + (doc.location?.search ?? '')) && curated()) {
    return [true, 'product-address'];
  }

  const named = doc.querySelectorAll(BUY_CONTROL_BY_NAME);
  for (let i = 0; i < named.length && i < 8; i++) {
    if (priceNear(named[i]!)) return [true, 'buy-control'];
    yield;
  }

  const buttons = doc.querySelectorAll(BUTTONS);
  for (let i = 0; i < buttons.length && i < MAX_BUTTONS; i++) {
    const button = buttons[i]!;
    if (BUY_WORDS.test(controlText(button)) && priceNear(button)) return [true, 'buy-control'];
    if (i % 32 === 31) yield;
  }
  return [false, 'none'];
}

/** A gate that may take several slices: each `step()` runs at most about SHOP_GATE_BUDGET_MS. */
export interface ShopGate {
  /** Runs on until the gate decides (its result) or this slice's budget is used up (null: call again later). */
  step(): ShopGateResult | null;
}

/**
 * The gate in slices: on a busy machine its work may outlast one slice's budget, and then it goes on in the next
 * slice rather than taking a shop for something else. Its total work is bounded (JSON_LD_MAX_SCRIPTS,
 * MAX_BUTTONS, PRICE_REACH_CHARS); `ms` adds up its slices and `overBudget` says it needed more than one.
 */
export function createShopGate(doc: Document, options: ShopGateOptions): ShopGate {
  const now = options.now ?? (() => performance.now());
  const steps = gateSteps(doc, options);
  let ms = 0;
  let slices = 0;
  let decided: ShopGateResult | null = null;
  return {
    step() {
      if (decided) return decided;
      const start = now();
      slices++;
      for (;;) {
        let next: IteratorResult<void, [boolean, ShopSignal]>;
        try {
          next = steps.next();
        } catch {
          // A page that breaks the gate's queries is not read.
          next = { done: true, value: [false, 'none'] };
        }
        if (next.done) {
          ms += now() - start;
          decided = { shop: next.value[0], signal: next.value[1], ms, overBudget: slices > 1 };
          return decided;
        }
        if (now() - start > SHOP_GATE_BUDGET_MS) {
          ms += now() - start;
          return null;
        }
      }
    },
  };
}

/**
 * The gate in one go, within SHOP_GATE_BUDGET_MS: past it, the page counts as not a shop (overBudget). The
 * content script uses createShopGate, which goes on in the next slice instead.
 */
export function checkShopPage(doc: Document, options: ShopGateOptions): ShopGateResult {
  const now = options.now ?? (() => performance.now());
  const start = now();
  return (
    createShopGate(doc, { ...options, now }).step() ?? {
      shop: false,
      signal: 'none',
      ms: now() - start,
      overBudget: true,
    }
  );
}
