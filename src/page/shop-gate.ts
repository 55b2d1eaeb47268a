// The shop gate: decides, in slices of at most SHOP_GATE_BUDGET_MS (one on an idle machine), whether this page
// sells something. Elsewhere (an article, a help page, an account page of a curated shop) no text is read at all.
// Signals, cheapest first: og:type product; schema.org microdata (itemprop price, Product or Offer items);
// JSON-LD Product or Offer; a buy control (add to cart, buy now) with a price near it; a product address
// on a curated shop host. Any one is enough.
import type { IdleScheduler } from './idle';

/** The gate's budget per slice on the page thread (createShopGate goes on in the next slice). */
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
/** Path words of product pages on the curated shops (Amazon /dp/, Etsy /listing/, Walmart /ip/, ...). */
const PRODUCT_PATH_WORDS = [
  'dp',
  'gp/product',
  'gp/aw/d',
  'product',
  'products',
  'prod',
  'p',
  'pd',
  'ip',
  'listing',
  'itm',
  'item',
  'items',
  'goods',
  'detail',
  'sku',
  'tuote',
  'tuotteet',
];
/** Query keys that name a product (`?sku=`, `&product_id=`). */
const PRODUCT_QUERY_KEYS = ['sku=', 'product_id=', 'productid=', 'item_id=', 'itemid=', 'pid='];
const MIN_PRODUCT_NUMBER_DIGITS = 6;

const isDigits = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57) return false;
  return true;
};

/**
 * Whether an address (path and query) looks like a product page: a product word as a whole path segment or a
 * segment's start ("/dp/B0…", "/p-123", "/item.html"), a "/1234567.html" at its end, or a product query key.
 * String operations, not a regular expression: the first regular expression a fresh content-script world runs
 * costs about a millisecond, which a page that is not a shop must not pay (`npm run bench`).
 */
export function isProductAddress(pathAndQuery: string): boolean {
  const address = pathAndQuery.toLowerCase();
  for (const word of PRODUCT_PATH_WORDS) {
    for (let at = address.indexOf('/' + word); at >= 0; at = address.indexOf('/' + word, at + 1)) {
      const next = at + 1 + word.length;
      if (next === address.length || address[next] === '/' || address[next] === '-') return true;
      if (address.startsWith('.html', next)) return true;
    }
  }
  const slash = address.lastIndexOf('/');
  if (slash >= 0 && address.endsWith('.html')) {
    const stem = address.slice(slash + 1, -'.html'.length);
    if (stem.length >= MIN_PRODUCT_NUMBER_DIGITS && isDigits(stem)) return true;
  }
  for (const key of PRODUCT_QUERY_KEYS) {
    for (let at = address.indexOf(key); at > 0; at = address.indexOf(key, at + 1)) {
      if (address[at - 1] === '?' || address[at - 1] === '&') return true;
    }
  }
  return false;
}

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

/** Where the gate's checks stand: each call of `next()` does one bounded piece of work. */
interface GateSteps {
  /** One piece of work: the answer once decided, else null (call again; the slice may end here). */
  next(): [boolean, ShopSignal] | null;
}

/** The gate's checks, cheapest first, in pieces a later slice may resume (no generator: see isProductAddress). */
function gateSteps(doc: Document, options: ShopGateOptions): GateSteps {
  let stage = 0;
  let named: NodeListOf<Element> | null = null;
  let buttons: NodeListOf<Element> | null = null;
  let index = 0;
  const curated = (): boolean =>
    typeof options.curatedHost === 'function' ? options.curatedHost() : options.curatedHost === true;
  return {
    next() {
      if (stage === 0) {
        stage = 1;
        if (doc.getElementById('add-to-cart-button') || doc.getElementById('buy-now-button')) {
          return [true, 'buy-control'];
        }
        // Asked so that a page that is not a shop gets null: the first element handed to this script's world
        // costs its DOM bindings, about a millisecond.
        if (doc.querySelector('meta[property="og:type"][content*="product" i]')) return [true, 'og-product'];
        if (doc.querySelector(MICRODATA)) return [true, 'microdata'];
        const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
        for (let i = 0; i < scripts.length && i < JSON_LD_MAX_SCRIPTS; i++) {
          const text = scripts[i]!.textContent ?? '';
          if (JSON_LD_SHOP_TYPE.test(text.length > JSON_LD_MAX_CHARS ? text.slice(0, JSON_LD_MAX_CHARS) : text)) {
            return [true, 'json-ld'];
          }
        }
        return null;
      }
      if (stage === 1) {
        stage = 2;
        const location = doc.location;
        if (location && isProductAddress(location.pathname + location.search) && curated()) {
          return [true, 'product-address'];
        }
        named = doc.querySelectorAll(BUY_CONTROL_BY_NAME);
        return null;
      }
      if (stage === 2) {
        if (named && index < named.length && index < 8) {
          if (priceNear(named[index++]!)) return [true, 'buy-control'];
          return null;
        }
        stage = 3;
        index = 0;
        buttons = doc.querySelectorAll(BUTTONS);
        return null;
      }
      // Stage 3: the buttons, 32 a piece.
      const end = Math.min(buttons?.length ?? 0, MAX_BUTTONS, index + 32);
      for (; index < end; index++) {
        const button = buttons![index]!;
        if (BUY_WORDS.test(controlText(button)) && priceNear(button)) return [true, 'buy-control'];
      }
      return index >= Math.min(buttons?.length ?? 0, MAX_BUTTONS) ? [false, 'none'] : null;
    },
  };
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
        let answer: [boolean, ShopSignal] | null;
        try {
          answer = steps.next();
        } catch {
          // A page that breaks the gate's queries is not read.
          answer = [false, 'none'];
        }
        if (answer) {
          ms += now() - start;
          decided = { shop: answer[0], signal: answer[1], ms, overBudget: slices > 1 };
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
 * Steps `gate` in the scheduler's idle slices until it decides, then calls `decided` with its answer; gives up
 * quietly once `wanted()` says the answer is no longer needed (the watch stopped, a scanner was built).
 */
export function finishGateAtIdle(
  gate: ShopGate,
  scheduler: IdleScheduler,
  decided: (result: ShopGateResult) => void,
  wanted: () => boolean = () => true,
): void {
  scheduler.run(() => {
    if (!wanted()) return true;
    const result = gate.step();
    if (!result) return false;
    decided(result);
    return true;
  });
}
