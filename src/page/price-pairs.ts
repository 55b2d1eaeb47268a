// Price pairs in the DOM: a reference price (struck through, or labelled "List Price", "MSRP", "原价", "norm.")
// paired with the live price of the same product, and the discount facts of the pair.
//
// How the scanner uses it (once per full scan, and for an added subtree when a mutation adds prices):
//
//   const input = pricePairInput(blocks);                  // the blocks' price texts, which may carry a label
//   const pairs = input ? findPricePairs(document.body, { ...input, computedStyle: false, isVisible }) : [];
//   const layouts = layoutFactsByBlock(pairs, blockElementOf);        // Map<block element, LayoutFacts>
//   for (const block of blocks) {
//     const fromPairs = layouts.get(block.element);
//     if (fromPairs) block.layout = mergeLayoutFacts(block.layout, fromPairs);
//   }
//
// (pricePairInputSteps and pricePairSteps do the same in bounded steps, for the scanner's idle slices.)
// In happy-dom (the command line's `scan`, unit tests on saved pages) pass `computedStyle: false`: there is no
// layout there and computed styles against big stylesheets are slow. Remember the live prices on the device
// with src/price-memory.ts (productIdentity(document).key, rememberPrice(key, pair.live.amount, ...)).
//
// A block whose layout carries `struckPrices` is a candidate for analysis whatever its words (was-price's
// fromLayout). `pair.facts` are the discount facts of the pair (discountFacts of src/price), ready for a finding.
//
// How it reads the page:
// - price elements: the smallest element whose text (at most MAX_PRICE_TEXT_CHARS, split prices joined:
//   "$<span>49</span><sup>99</sup>" reads "$49.99") shows exactly one price with a currency; an element
//   whose text is the same price and nothing else ("<span class=price><span>$9</span></span>") stands for it.
// - struck prices: a price element or one of its STRUCK_ANCESTOR_DEPTH ancestors is <del>, <s> or <strike>,
//   has line-through in its style attribute or in its computed style (every element with computedStyle; else
//   only on the lines of `styleTexts`, at most MAX_STYLE_READS), has a strike
//   class ("a-text-strike"), data-a-strike, a was/old/original-price hint in its class or test attributes,
//   or an aria-label that says "was" / "original price".
// - labelled anchors: a price right after "List Price:", "MSRP", "Compare at", "Typical price", "RRP",
//   "原价", "划线价", "市场价", "ovh.", "norm." ..., or right before "value" ("a $150 value").
// - pairing: from the anchor, up at most PAIR_SEARCH_DEPTH ancestors to the first one that holds a live
//   price (not struck, not an anchor, not a saving, a unit price or an instalment); the nearest such price in
//   document order is the live one. The walk never crosses product cards: it stops at an ancestor that holds
//   several add-to-cart controls or several [itemtype*=Product] items, at a list of alike cards (MIN_CARDS
//   children with the same tag and class, with links or images), and a pair whose scope holds another
//   anchor's own smaller pair is dropped.
// Nothing here changes the page; it never throws on odd markup.

import type { Fact } from '../core/facts';
import { fold } from '../core/fold';
import { isInlineElement, SKIPPED_TAG_NAMES } from './blocks';
import type { LayoutFacts } from '../core/types';
import { compare, dec } from '../price/decimal';
import { discountFacts } from '../price/facts';
import { currencyOf, extractPrices, type ExtractedNumber } from '../price/parse';
import { ANCHOR_AFTER, ANCHOR_BEFORE, endsWithWord, isLatin, startsWithWord, trimHead, trimTail } from '../price/words';

/** How many ancestors above an anchor the search for its live price may climb. */
export const PAIR_SEARCH_DEPTH = 8;
/** How far above a price element a strike mark (<del>, line-through, a strike class) may sit. */
export const STRUCK_ANCESTOR_DEPTH = 3;
/** Longest text of one price element ("List Price: $1,234.56" fits; a paragraph does not). */
export const MAX_PRICE_TEXT_CHARS = 48;
/** How much text before a price is read for its label ("List Price:", "原价"). */
export const MAX_LABEL_CHARS = 40;
/** How much of a pair's scope is read for a discount badge ("-70%"). */
export const MAX_BADGE_TEXT_CHARS = 600;
/** How many ancestors above a pair's scope may hold its discount badge, and how many prices such an area may show. */
export const BADGE_SEARCH_DEPTH = 2;
const MAX_BADGE_AREA_PRICES = 4;
/** Bounds on the work for huge pages. */
export const MAX_PRICE_TEXTS = 20_000;
export const MAX_ANCHORS = 400;

export type AnchorKind = 'struck' | 'labelled';
/** What made the anchor an anchor: the strongest sign found. */
export type AnchorEvidence = 'tag' | 'style' | 'strike-class' | 'data-strike' | 'hint' | 'aria-label' | 'label';

export interface PriceSide {
  /** The element showing the price (for an anchor: the struck element when the strike sits above the price). */
  element: Element;
  /** The price as the page wrote it, split parts joined ("$49.99"). */
  text: string;
  /** Decimal string: "49.99". */
  amount: string;
  /** ISO 4217 code when known. */
  currency: string | null;
}

export interface PricePair {
  kind: AnchorKind;
  evidence: AnchorEvidence;
  anchor: PriceSide & {
    /** The label before (or "value" after) a labelled anchor, folded: "list price". */
    label?: string;
  };
  live: PriceSide;
  /** The ancestor that holds the pair: one product's price area. */
  scope: Element;
  /** A discount the page claims near the pair ("-70%", "Save 41%"), when it shows one. */
  claimedPercent: number | null;
  /** discount, anchor-ratio and, when the claim disagrees, claimed-discount-mismatch. */
  facts: Fact[];
}

export interface PricePairOptions {
  /** Read computed text-decoration for price elements (needs layout: true in a browser). Default: true where the window has getComputedStyle. */
  computedStyle?: boolean;
  /** Extra visibility test (e.g. checkVisibility()); anchors and live prices failing it are left out. */
  isVisible?: (element: Element) => boolean;
  /** Most pairs returned. */
  maxPairs?: number;
  /**
   * The text nodes that may show prices, in document order (the scanner's: those of its blocks that show a
   * price, see pricePairInput); without it every text node under the root is looked at.
   */
  texts?: Iterable<Text>;
  /**
   * With `texts`: the texts that may carry an anchor label. Only these and texts with strike or was-price
   * markup around them are read as possible anchors; without it every price is.
   */
  labelTexts?: ReadonlySet<Text>;
  /**
   * With computedStyle false: texts whose line is read for a line-through in its computed style all the same
   * (the scanner's: those of blocks that show two prices or more, where a stylesheet alone may strike one),
   * at most MAX_STYLE_READS per call.
   */
  styleTexts?: ReadonlySet<Text>;
}

// ---------------------------------------------------------------------------------------------------------
// Reading price text.

const SKIPPED_TAGS = new Set(SKIPPED_TAG_NAMES);
/** The extension's own UI (src/page/blocks.ts OWN_UI_ATTRIBUTE): never read. */
const OWN_UI_ATTRIBUTE = 'data-second-look';
/** A part holding the cents of a split price: "$49<sup>99</sup>", "<span class=cents>99</span>". */
const CENTS_CLASS = /cent|fraction|decimals/i;
const TWO_DIGITS = /^\s{0,4}\d{2}\s{0,4}$/;

function isSkipped(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.localName) || element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE)
  );
}

function isAriaHidden(element: Element): boolean {
  return element.getAttribute('aria-hidden') === 'true';
}

function isCentsPart(element: Element): boolean {
  if (element.localName === 'sup') return true;
  const cls = element.getAttribute('class');
  return cls !== null && CENTS_CLASS.test(cls);
}

/** Nodes one read of an element's text may visit per character of its limit (an empty subtree costs too). */
const NODES_PER_CHAR = 4;

/** Texts read during one findPricePairs call, per limit: the page does not change inside a call. */
let readCache: Map<number, Map<Element, string>> | null = null;

/**
 * The text of an element as a price reads, at most `limit` characters (longer: the first limit + 1):
 * a cents part after digits gets a decimal point ("$49" + "99" -> "$49.99"), white space is collapsed, and
 * text hidden from assistive technology is left out when the element has other text (Amazon writes each
 * price twice: once for screen readers, once aria-hidden for the eye).
 */
export function priceTextOf(element: Element, limit = MAX_PRICE_TEXT_CHARS): string {
  const cache = readCache?.get(limit);
  const cached = cache?.get(element);
  if (cached !== undefined) return cached;
  const budget = { nodes: NODES_PER_CHAR * limit + 16 };
  let text = readText(element, limit, true, budget).trim();
  if (text === '' && !isAriaHidden(element)) text = readText(element, limit, false, budget).trim();
  // Out of budget: a big subtree, never one price.
  if (budget.nodes < 0) text = text.padEnd(limit + 1, ' ');
  if (readCache) {
    if (!cache) readCache.set(limit, new Map([[element, text]]));
    else cache.set(element, text);
  }
  return text;
}

/** A piece of text this long or shorter may be the digits of a split price ("49", "99"); longer ones are words or whole prices. */
const FRAGMENT_CHARS = 3;
const DIGIT = /\d/;
const SEPARATOR = /[.,]/;
const SIGN = /[^\p{L}\p{N}\s.,:;()[\]%/-]/u;

/**
 * Whether two pieces of text from neighbouring elements read as one ("$" "49", "1,234" "." "99", "39,90"
 * "€"); otherwise they are kept apart by a space, so "<s>$141.99</s><span>21% Off</span>" does not read
 * "$141.9921%".
 */
function joins(before: string, piece: string): boolean {
  const a = before[before.length - 1]!;
  const b = piece[0]!;
  if (DIGIT.test(a) && DIGIT.test(b)) return piece.trim().length <= FRAGMENT_CHARS;
  if ((DIGIT.test(a) && SEPARATOR.test(b)) || (SEPARATOR.test(a) && DIGIT.test(b))) return true;
  return (SIGN.test(a) && DIGIT.test(b)) || (DIGIT.test(a) && SIGN.test(b) && piece.trim().length <= FRAGMENT_CHARS);
}

function readText(element: Element, limit: number, skipAriaHidden: boolean, budget: { nodes: number }): string {
  let out = '';
  const append = (piece: string): void => {
    if (piece === '') return;
    if (out === '' || out.endsWith(' ') || piece.startsWith(' ')) {
      out += out.endsWith(' ') && piece.startsWith(' ') ? piece.slice(1) : piece;
    } else out += joins(out, piece) ? piece : ` ${piece}`;
  };
  for (let child = element.firstChild; child && out.length <= limit; child = child.nextSibling) {
    if (--budget.nodes < 0) break;
    if (child.nodeType === 3) {
      append((child.nodeValue ?? '').replace(/\s+/g, ' '));
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (isSkipped(el) || (skipAriaHidden && isAriaHidden(el))) continue;
      if (isCentsPart(el)) {
        const cents = (el.textContent ?? '').trim();
        const trimmed = out.trimEnd();
        if (TWO_DIGITS.test(cents) && /\d$/.test(trimmed)) {
          out = `${trimmed}.${cents}`;
          continue;
        }
        if (TWO_DIGITS.test(cents) && /\d[.,]$/.test(trimmed)) {
          out = trimmed + cents;
          continue;
        }
      }
      append(readText(el, limit - out.length, skipAriaHidden, budget));
    }
  }
  return out.length > limit ? out.slice(0, limit + 1) : out;
}

/** Prices parsed during one findPricePairs call, by text: the same short texts are read at several levels. */
let parsedCache: Map<string, ExtractedNumber[]> | null = null;

/** The prices with a currency in a text (a bare number is not one). */
function pricesWithCurrency(text: string): ExtractedNumber[] {
  const cached = parsedCache?.get(text);
  if (cached) return cached;
  const prices = extractPrices(text).filter((p) => !p.bare);
  parsedCache?.set(text, prices);
  return prices;
}

/** The one price with a currency that a short text shows, or null (none, or several). */
function singlePrice(text: string): ExtractedNumber | null {
  if (text.length > MAX_PRICE_TEXT_CHARS || !/\d/.test(text)) return null;
  const prices = pricesWithCurrency(text);
  return prices.length === 1 ? prices[0]! : null;
}

/** The text is the price and nothing else: no letters or digits outside it. */
function isBarePrice(text: string, price: ExtractedNumber): boolean {
  const rest = text.slice(0, price.start) + text.slice(price.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}

// ---------------------------------------------------------------------------------------------------------
// Struck prices and labels.

const STRUCK_TAGS = new Set(['del', 's', 'strike']);
/** Attributes whose values name what an element is (class names, test ids). */
const HINT_ATTRIBUTES = [
  'class',
  'id',
  'data-cy',
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-automation-id',
  'itemprop',
];
const STRIKE_HINT = /strike|line-?through|crossed-?out/i;
const WAS_HINT =
  /was-?price|price-?was|old-?price|price-?old|original-?price|price-?original|compare-?at-?price|before-?price|price-?before|price-?strike/i;
/** Substrings of WAS_ARIA's words, for a native quick test (STRIKE_MARKUP). */
const WAS_ARIA_WORDS = [
  'was',
  'original',
  'list price',
  'regular price',
  'before',
  'previous',
  'compare at',
  'typical price',
  'msrp',
  'rrp',
  '原价',
  '划线价',
  'norm',
  'ovh',
  'ennen',
];
const WAS_ARIA =
  /\b(?:was|original(?:ly)?|list price|regular price|before|previous(?:ly)?|compare at|typical price|msrp|rrp)\b|原价|划线价|\bnorm\b|\bovh\b|\bennen\b/i;

interface StrikeMark {
  evidence: AnchorEvidence;
  element: Element;
}

function hintOf(element: Element): string {
  let hint = '';
  for (const name of HINT_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) hint += ` ${value}`;
  }
  return hint;
}

function hasLineThrough(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && value.includes('line-through');
}

/** Descendants of a price element looked at for a strike mark (a price element holds a short text). */
const MAX_STRUCK_DESCENDANTS = 12;

/** Whether an element's computed style draws a line through it (null: computed styles are not read). */
type LineThroughOf = ((e: Element) => boolean) | null;

/** The strike sign on one element, if any. */
function markOn(element: Element, lineThrough: LineThroughOf): AnchorEvidence | null {
  if (STRUCK_TAGS.has(element.localName)) return 'tag';
  if (hasLineThrough(element.getAttribute('style'))) return 'style';
  if (element.getAttribute('data-a-strike') === 'true') return 'data-strike';
  const hint = hintOf(element);
  if (STRIKE_HINT.test(hint)) return 'strike-class';
  if (WAS_HINT.test(hint)) return 'hint';
  const aria = element.getAttribute('aria-label');
  if (aria && WAS_ARIA.test(aria) && /\d/.test(aria)) return 'aria-label';
  return lineThrough?.(element) ? 'style' : null;
}

/**
 * The sign that a price element is drawn struck through: inside it (the price wrapped in a <del>), on it, or
 * on one of its STRUCK_ANCESTOR_DEPTH ancestors that shows no other price.
 */
function strikeMark(
  priceElement: Element,
  lineThrough: LineThroughOf,
  stop: Element | null,
  counts: Map<Element, number>,
): StrikeMark | null {
  const inside = priceElement.getElementsByTagName('*');
  for (let i = 0; i < inside.length && i < MAX_STRUCK_DESCENDANTS; i++) {
    const element = inside[i]!;
    if (isSkipped(element) || isAriaHidden(element)) continue;
    const evidence = markOn(element, lineThrough);
    if (evidence) return { evidence, element };
  }
  let element: Element | null = priceElement;
  for (let k = 0; element && k <= STRUCK_ANCESTOR_DEPTH; k++, element = element.parentElement) {
    if (k > 0 && (element === stop || countPrices(element, counts) !== 1)) break;
    const evidence = markOn(element, lineThrough);
    if (evidence) return { evidence, element };
  }
  return null;
}

/** How many prices with a currency an element's text shows (capped reading: a big element counts as many). */
function countPrices(element: Element, priceCounts: Map<Element, number>): number {
  const cached = priceCounts.get(element);
  if (cached !== undefined) return cached;
  const text = priceTextOf(element, MAX_BADGE_TEXT_CHARS);
  const count = text.length > MAX_BADGE_TEXT_CHARS ? 99 : pricesWithCurrency(text).length;
  priceCounts.set(element, count);
  return count;
}

/** Words before a price that make it something other than the item's price. */
const NOT_LIVE_BEFORE = [
  'save',
  'you save',
  'saving',
  'savings',
  'säästä',
  'säästät',
  'säästö',
  '省',
  '立省',
  '直降',
  '节省',
  '立减',
  'payments of',
  'payment of',
  'installments of',
  'instalments of',
  'monthly',
  'per month',
  'erää à',
  'kuukausierä',
  '每期',
  '月供',
  'over',
  'orders over',
  'spend',
  'shipping',
  'delivery',
  'toimitus',
  '运费',
  'coupon',
  'off',
];
/** Text right after a price that makes it a unit price or an instalment ("$0.50/Count", "$5/mo"). */
const NOT_LIVE_AFTER = ['/', 'per ', 'a month', 'kuukaudessa', 'off', 'alennus', 'more'];

/** Siblings looked at on each side of a price for its label. */
const MAX_SIBLINGS_READ = 8;

/** Up to `limit` characters of the text right before an element, within its STRUCK_ANCESTOR_DEPTH ancestors. */
function textBefore(element: Element, limit: number): string {
  let out = '';
  let node: Element | null = element;
  for (
    let level = 0;
    node && level <= STRUCK_ANCESTOR_DEPTH && out.length < limit;
    level++, node = node.parentElement
  ) {
    let seen = 0;
    for (
      let sib = node.previousSibling;
      sib && out.length < limit && seen < MAX_SIBLINGS_READ;
      sib = sib.previousSibling, seen++
    ) {
      if (sib.nodeType === 3) out = (sib.nodeValue ?? '') + out;
      else if (sib.nodeType === 1 && !isSkipped(sib as Element)) out = priceTextOf(sib as Element, limit) + ' ' + out;
    }
  }
  out = out.replace(/\s+/g, ' ');
  return out.length > limit ? out.slice(out.length - limit) : out;
}

/** Up to `limit` characters of the text right after an element, within its parent and grandparent. */
function textAfter(element: Element, limit: number): string {
  let out = '';
  let node: Element | null = element;
  for (let level = 0; node && level <= 1 && out.length < limit; level++, node = node.parentElement) {
    let seen = 0;
    for (
      let sib = node.nextSibling;
      sib && out.length < limit && seen < MAX_SIBLINGS_READ;
      sib = sib.nextSibling, seen++
    ) {
      if (sib.nodeType === 3) out += sib.nodeValue ?? '';
      else if (sib.nodeType === 1 && !isSkipped(sib as Element)) out += ' ' + priceTextOf(sib as Element, limit);
    }
  }
  return out.replace(/\s+/g, ' ').slice(0, limit);
}

// ---------------------------------------------------------------------------------------------------------
// Finding price elements.

interface PriceElement {
  element: Element;
  text: string;
  price: ExtractedNumber;
  /** Where it was first read in the list of price texts (an anchor's neighbours are searched from there). */
  index: number;
  /** Folded text before the price (label side) and after it. */
  before: string;
  after: string;
  strike: StrikeMark | null;
  label: string | null;
  role: 'anchor' | 'live' | 'other';
}

function ownerDocumentOf(root: ParentNode): Document | null {
  if ((root as Node).nodeType === 9) return root as Document;
  return (root as Node).ownerDocument ?? null;
}

interface Located {
  element: Element;
  /** A currency sign in the element before or after ("<em>¥</em><span>399.00</span>"). */
  prefix?: Element;
  suffix?: Element;
}

/** The element next to `element` (white space skipped) when its whole text is a currency sign: "¥", "€", "EUR". */
function currencyNeighbour(element: Element, before: boolean): Element | null {
  let node: Node | null = before ? element.previousSibling : element.nextSibling;
  while (node && node.nodeType === 3 && (node.nodeValue ?? '').trim() === '')
    node = before ? node.previousSibling : node.nextSibling;
  if (!node || node.nodeType !== 1) return null;
  const sign = (node.textContent ?? '').trim();
  return sign.length > 0 && sign.length <= 4 && !/\d/.test(sign) && currencyOf(sign) !== null
    ? (node as Element)
    : null;
}

/** Climbs from a text node's parent to the element that holds its whole price. */
function priceElementOf(start: Element, rootElement: Element | null): Located | null {
  let element: Element | null = start;
  let found: Element | null = null;
  for (let k = 0; element && k < 4; k++, element = element.parentElement) {
    if (isSkipped(element)) return null;
    const text = priceTextOf(element);
    if (text.length > MAX_PRICE_TEXT_CHARS) break;
    const price = singlePrice(text);
    if (found) {
      // A wrapper that is the same price and nothing else, or that completes a split price, stands for it.
      if (!price || !isBarePrice(text, price)) break;
      found = element;
    } else if (price) {
      found = element;
      if (!isBarePrice(text, price)) break;
    } else if (pricesWithCurrency(text).length > 0) {
      break; // several prices: not one price element
    } else if (/^\d{1,9}(?:[.,]\d{1,3}){0,3}$/.test(text)) {
      // A bare number with its currency in the element before or after it.
      const prefix = currencyNeighbour(element, true);
      const suffix = prefix ? null : currencyNeighbour(element, false);
      if (prefix) return { element, prefix };
      if (suffix) return { element, suffix };
    }
    if (element === rootElement) break;
  }
  return found ? { element: found } : null;
}

/** Longest text node looked at as (part of) a price: longer ones are sentences. */
const MAX_PRICE_NODE_CHARS = MAX_PRICE_TEXT_CHARS * 4;

function mayBePriceText(node: Text): boolean {
  const value = node.data;
  return value.length <= MAX_PRICE_NODE_CHARS && DIGIT.test(value);
}

/** The text nodes under `root` that may be (part of) a price, in document order (nothing skipped is entered). */
function* priceTextsUnder(root: ParentNode, doc: Document): Generator<void, Text[]> {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root as Node, 0x1 | 0x4, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element) ? 2 : 1),
  });
  let n = 0;
  for (let node = walker.nextNode(); node && out.length < MAX_PRICE_TEXTS; node = walker.nextNode()) {
    if (node.nodeType === 3 && mayBePriceText(node as Text)) out.push(node as Text);
    if ((++n & 63) === 0) yield;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Product boundaries.

const ADD_TO_CART =
  'button[name*="add-to-cart" i],input[name*="add-to-cart" i],[id*="add-to-cart" i],[id*="addtocart" i],[class*="add-to-cart" i],[class*="addtocart" i],[data-testid*="add-to-cart" i],[data-testid*="addtocart" i],form[action*="/cart/add" i]';
const PRODUCT_ITEM = '[itemtype*="schema.org/Product" i]';

/** An element that holds several products: several add-to-cart controls or several Product items. */
function holdsSeveralProducts(element: Element, multiCache: Map<Element, boolean>): boolean {
  const cached = multiCache.get(element);
  if (cached !== undefined) return cached;
  let result: boolean;
  try {
    const items = element.querySelectorAll(PRODUCT_ITEM);
    if (items.length > 1) result = true;
    else {
      // A control inside another (a button in an add-to-cart form) counts once.
      const carts = [...element.querySelectorAll(ADD_TO_CART)].filter((c) => {
        const outer = c.parentElement?.closest(ADD_TO_CART);
        return !outer || !element.contains(outer);
      });
      result = carts.length > 1;
    }
  } catch {
    result = false;
  }
  multiCache.set(element, result);
  return result;
}

/** Children of a list looked at for repeated cards. */
const MAX_CARD_SIBLINGS = 60;
/** How many alike children (same tag and class) with a link or image make a list of product cards. */
const MIN_CARDS = 3;

function isCardLike(element: Element): boolean {
  return element.querySelector('img,a[href],picture') !== null;
}

/**
 * `parent` lists cards and `child` is one of them: at least MIN_CARDS children alike (same tag and class),
 * at least two of them with a link or an image. The walk up from a price stops at such a list.
 */
function listsCards(parent: Element, child: Element, cache: Map<Element, boolean>): boolean {
  const cached = cache.get(child);
  if (cached !== undefined) return cached;
  const cls = child.getAttribute('class') ?? '';
  let alike = 0;
  let cards = 0;
  let seen = 0;
  for (let c = parent.firstElementChild; c && seen < MAX_CARD_SIBLINGS; c = c.nextElementSibling, seen++) {
    if (c.localName !== child.localName || (c.getAttribute('class') ?? '') !== cls) continue;
    alike++;
    if (cards < 2 && isCardLike(c)) cards++;
  }
  const result = alike >= MIN_CARDS && cards >= 2;
  cache.set(child, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Discount badges.

const NOT_A_DISCOUNT_AFTER = [
  'code',
  'coupon',
  'on orders',
  'orders over',
  'first order',
  'apr',
  'interest',
  'vat',
  'alv',
  'tax',
  'cashback',
  'back',
  '券',
];

/** The discount a text claims: "-70%", "70% off", "Save 41%", "(41%)", "säästä 30 %", "7折". */
export function claimedPercentIn(text: string): number | null {
  const f = fold(text.slice(0, MAX_BADGE_TEXT_CHARS));
  for (let i = f.indexOf('%'); i >= 0; i = f.indexOf('%', i + 1)) {
    let k = i;
    if (f[k - 1] === ' ') k--;
    let start = k;
    while (start > 0 && k - start < 4 && /[\d.,]/.test(f[start - 1]!)) start--;
    const digits = f.slice(start, k).replace(',', '.');
    if (!/^\d{1,2}(?:\.\d)?$/.test(digits)) continue;
    const value = Number(digits);
    if (value <= 0 || value >= 100) continue;
    const before = f.slice(Math.max(0, start - 16), start);
    const after = trimHead(f.slice(i + 1, i + 30));
    if (NOT_A_DISCOUNT_AFTER.some((w) => after.slice(0, 24).includes(w)) || /up to\s*$|jopa\s*$|低至\s*$/.test(before))
      continue;
    const minus = /[-–]\s?$/.test(before);
    const off = /^(?:off|alennus|ale\b|discount|säästö|pois|减|优惠)/.test(after);
    const save =
      endsWithWord(before, ['save', 'saving', 'savings', 'you save', 'säästä', 'säästät', '省', '立省']) !== null;
    const bracket = trimTail(before).endsWith('(') || before.trimEnd().endsWith('(');
    if (minus || off || save || bracket) return Math.round(value);
  }
  const zhe = /(\d(?:\.\d)?)\s?折/.exec(f);
  if (zhe && !/低至|最低/.test(f.slice(Math.max(0, zhe.index - 4), zhe.index))) {
    const pay = Number(zhe[1]);
    if (pay > 0 && pay < 10) return Math.round(100 - pay * 10);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Pairing.

function sameCurrency(a: ExtractedNumber, b: ExtractedNumber): boolean {
  return a.currency === b.currency || a.currency === null || b.currency === null;
}

function lower(live: ExtractedNumber, anchor: ExtractedNumber): boolean {
  const l = dec(live.amount);
  const a = dec(anchor.amount);
  return l !== null && a !== null && compare(l, a) < 0;
}

/** Runs a stepwise search (the scanner's slices) in one go: its result. */
function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Strong signs of a strike pair with any live price; weaker ones (a class hint, a label) only with a lower one. */
const STRONG: ReadonlySet<AnchorEvidence> = new Set(['tag', 'style', 'strike-class', 'data-strike']);

/**
 * Every reference price under `root` paired with the live price of the same product, in document order.
 * Never throws; bounded by MAX_PRICE_TEXTS, MAX_ANCHORS and MAX_NEIGHBOUR_TEXTS.
 */
export function findPricePairs(root: ParentNode, options: PricePairOptions = {}): PricePair[] {
  return runToEnd(pricePairSteps(root, options));
}

/**
 * findPricePairs in small steps, for a caller that works in slices (the scanner): each `next()` does a
 * bounded piece of the work (a few price elements, one anchor's search) and the last returns the pairs.
 * The texts read are kept for the whole search (the page is read as it was when each text was first read).
 * Never throws.
 */
export function* pricePairSteps(root: ParentNode, options: PricePairOptions = {}): Generator<void, PricePair[]> {
  const cache: NonNullable<typeof readCache> = new Map();
  const parsed: NonNullable<typeof parsedCache> = new Map();
  const inner = pairsIn(root, options);
  for (;;) {
    let step: IteratorResult<void, PricePair[]>;
    readCache = cache;
    parsedCache = parsed;
    try {
      step = inner.next();
    } catch {
      return [];
    } finally {
      readCache = null;
      parsedCache = null;
    }
    if (step.done) return step.value;
    yield;
  }
}

/**
 * Markup that may draw a price struck through or name it a was-price: one native test per element, a superset of
 * markOn's (a strike word in a hint attribute, or "price" with a was word in the same one), so that an
 * "a-text-bold" or an "old" in a class name alone does not make every price an anchor candidate.
 */
const STRIKE_MARKUP = [
  'del',
  's',
  'strike',
  '[data-a-strike="true"]',
  '[style*="line-through" i]',
  ...WAS_ARIA_WORDS.map((word) => `[aria-label*="${word}" i]`),
  ...HINT_ATTRIBUTES.flatMap((name) => [
    ...['strike', 'through', 'crossed'].map((word) => `[${name}*="${word}" i]`),
    ...['was', 'old', 'original', 'compare', 'before'].map((word) => `[${name}*="price" i][${name}*="${word}" i]`),
  ]),
].join(',');
/** Most computed styles read per call for `styleTexts`, and how far up a text's line they are read. */
export const MAX_STYLE_READS = 300;
const STYLE_SEARCH_DEPTH = 3;
/** How far above a price text its strike mark may sit: the price element (up to 4 levels) and its struck ancestors. */
const MARK_SEARCH_DEPTH = 4 + STRUCK_ANCESTOR_DEPTH;
/** Price texts looked at on each side of an anchor for its live price: a nearer one is the pair, a farther one a guess. */
export const MAX_NEIGHBOUR_TEXTS = 64;

/**
 * Anchor first: only the price texts that may be an anchor are read in full (a strike mark in their markup, or
 * a text the caller marked for an anchor label); each anchor then reads its neighbours, nearest first, up its
 * ancestors until one holds a live price. A page without anchors costs a look at its price texts' ancestors.
 */
function* pairsIn(root: ParentNode, options: PricePairOptions): Generator<void, PricePair[]> {
  const doc = ownerDocumentOf(root);
  if (!doc) return [];
  const view = doc.defaultView;
  const styleOf = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle.bind(view) : null;
  const drawnThrough = (e: Element): boolean => {
    const style = styleOf!(e);
    return hasLineThrough(style.textDecorationLine) || hasLineThrough(style.textDecoration);
  };
  /** Elements whose computed style was read (styleTexts) and found struck through. */
  const struckByStyle = new Set<Element>();
  const useComputed = (options.computedStyle ?? styleOf !== null) && styleOf !== null;
  const lineThrough: LineThroughOf = useComputed
    ? drawnThrough
    : options.styleTexts && styleOf
      ? (e) => struckByStyle.has(e)
      : null;
  const rootElement = (root as Node).nodeType === 1 ? (root as Element) : null;
  const visible = options.isVisible ?? (() => true);

  // Caches for this call only: the page changes between calls.
  const counts = new Map<Element, number>();
  const multi = new Map<Element, boolean>();
  const cards = new Map<Element, boolean>();
  const marked = new Map<Element, boolean>();

  let texts: Text[];
  if (options.texts) {
    texts = [];
    for (const node of options.texts) {
      if (texts.length >= MAX_PRICE_TEXTS) break;
      if (mayBePriceText(node) && (!rootElement || rootElement.contains(node))) texts.push(node);
    }
  } else {
    texts = yield* priceTextsUnder(root, doc);
  }
  const labelTexts = options.labelTexts ?? null;

  /** The price element of each text (undefined: not looked at yet), and the price read there, by element. */
  const locatedAt: Array<Located | null | undefined> = new Array(texts.length);
  const priceOf = new Map<Element, PriceElement | null>();
  const located = (i: number): Located | null => {
    let found = locatedAt[i];
    if (found === undefined) {
      const parent = texts[i]!.parentElement;
      found = parent ? priceElementOf(parent, rootElement) : null;
      // A wrapper of an element already read stands for it (two text nodes climbing differently).
      if (found) {
        for (let a = found.element.parentElement, k = 0; a && k < 4; a = a.parentElement, k++) {
          if (priceOf.get(a)) {
            found = { element: a };
            break;
          }
        }
      }
      locatedAt[i] = found;
    }
    return found;
  };
  const priceAt = (i: number): PriceElement | null => {
    const where = located(i);
    if (!where) return null;
    const cached = priceOf.get(where.element);
    if (cached !== undefined) return cached;
    const read = readPriceElement(where, i, lineThrough, rootElement, counts);
    priceOf.set(where.element, read);
    return read;
  };

  /** A strike or was-price sign in the markup of a text's ancestors (quick; the real test is strikeMark's). */
  const markedNear = (node: Text): boolean => {
    let element = node.parentElement;
    for (let k = 0; element && k <= MARK_SEARCH_DEPTH; k++, element = element.parentElement) {
      let mark = marked.get(element);
      if (mark === undefined) {
        try {
          mark = element.matches(STRIKE_MARKUP);
        } catch {
          mark = true; // an engine without these selectors: read the price in full
        }
        marked.set(element, mark);
      }
      if (mark) return true;
      if (element === rootElement) break;
    }
    return false;
  };

  /**
   * A line-through from a stylesheet alone on a text's line (its parent and inline ancestors): read for the
   * `styleTexts` only, at most MAX_STYLE_READS computed styles per call.
   */
  let styleReads = 0;
  const styledNear = (node: Text): boolean => {
    if (useComputed || !styleOf || !options.styleTexts?.has(node)) return false;
    let element = node.parentElement;
    for (let k = 0; element && k < STYLE_SEARCH_DEPTH && styleReads < MAX_STYLE_READS; k++) {
      styleReads++;
      if (drawnThrough(element)) {
        struckByStyle.add(element);
        return true;
      }
      if (element === rootElement || !isInlineElement(element)) break;
      element = element.parentElement;
    }
    return false;
  };

  // Several price elements can mark the same struck element (Amazon's screen-reader and visible copies).
  const anchors: PriceElement[] = [];
  const anchorElements = new Set<Element>();
  for (let i = 0; i < texts.length && anchors.length < MAX_ANCHORS; i++) {
    if ((i & 15) === 15) yield;
    const node = texts[i]!;
    if (labelTexts && !labelTexts.has(node) && !markedNear(node) && !styledNear(node)) continue;
    const p = priceAt(i);
    if (!p || p.role !== 'anchor') continue;
    const element = p.strike?.element ?? p.element;
    if (anchorElements.has(element) || !visible(element)) continue;
    anchorElements.add(element);
    anchors.push(p);
  }

  // The natural scope of each anchor: the first ancestor within PAIR_SEARCH_DEPTH holding a live price, the
  // nearest in document order (counted in price elements); ties go to a price lower than the anchor.
  interface Found {
    anchor: PriceElement;
    scope: Element;
    live: PriceElement;
  }
  const found: Found[] = [];
  for (const anchor of anchors) {
    yield;
    const strong = anchor.strike !== null && STRONG.has(anchor.strike.evidence);
    const usable = (p: PriceElement): boolean =>
      p !== anchor &&
      p.role === 'live' &&
      sameCurrency(p.price, anchor.price) &&
      (strong || lower(p.price, anchor.price)) &&
      visible(p.element);
    // The texts looked at so far: (low, high) around the anchor's, with how many price elements each side passed.
    let low = anchor.index;
    let high = anchor.index;
    const down = { steps: 0, last: anchor as PriceElement | null };
    const up = { steps: 0, last: anchor as PriceElement | null };
    let best: PriceElement | null = null;
    let bestDistance = Infinity;
    const consider = (i: number, side: typeof down): void => {
      const p = priceAt(i);
      if (!p || p === side.last) return;
      side.last = p;
      side.steps++;
      if (!usable(p)) return;
      if (
        side.steps < bestDistance ||
        (side.steps === bestDistance && best && !lower(best.price, anchor.price) && lower(p.price, anchor.price))
      ) {
        best = p;
        bestDistance = side.steps;
      }
    };
    let child: Element = anchor.strike?.element ?? anchor.element;
    let scope: Element | null = child.parentElement;
    for (let depth = 1; scope && depth <= PAIR_SEARCH_DEPTH; depth++, child = scope, scope = scope.parentElement) {
      if (listsCards(scope, child, cards)) break;
      const growsDown = low > 0 && anchor.index - low < MAX_NEIGHBOUR_TEXTS && scope.contains(texts[low - 1]!);
      const growsUp =
        high < texts.length - 1 && high - anchor.index < MAX_NEIGHBOUR_TEXTS && scope.contains(texts[high + 1]!);
      // No new price in this scope: nothing to pair here, and no need to count its products (a native query over
      // the whole subtree); a scope above that holds several holds them all the same.
      if (!growsDown && !growsUp) {
        if (scope === rootElement) break;
        continue;
      }
      if (holdsSeveralProducts(scope, multi)) break;
      while (low > 0 && anchor.index - low < MAX_NEIGHBOUR_TEXTS && scope.contains(texts[low - 1]!)) {
        consider(--low, down);
      }
      while (high < texts.length - 1 && high - anchor.index < MAX_NEIGHBOUR_TEXTS && scope.contains(texts[high + 1]!)) {
        consider(++high, up);
      }
      if (best) {
        found.push({ anchor, scope, live: best });
        break;
      }
      if (scope === rootElement) break;
    }
  }

  // Never across cards: a scope that holds another anchor's smaller pair, away from this anchor, spans two products.
  const pairs: PricePair[] = [];
  const max = options.maxPairs ?? MAX_ANCHORS;
  for (const f of found) {
    yield;
    const anchorElement = f.anchor.strike?.element ?? f.anchor.element;
    const crosses = found.some(
      (o) => o !== f && o.scope !== f.scope && f.scope.contains(o.scope) && !o.scope.contains(anchorElement),
    );
    if (crosses) continue;
    // The badge may sit beside the prices' box: look up to BADGE_SEARCH_DEPTH ancestors that still show one product.
    let claimed: number | null = null;
    let area: Element | null = f.scope;
    for (let k = 0; area && k <= BADGE_SEARCH_DEPTH && claimed === null; k++) {
      claimed = claimedPercentIn(priceTextOf(area, MAX_BADGE_TEXT_CHARS));
      const parent: Element | null = area === rootElement ? null : area.parentElement;
      const holder: Element | null = area;
      if (
        !parent ||
        holdsSeveralProducts(parent, multi) ||
        listsCards(parent, area, cards) ||
        countPrices(parent, counts) > MAX_BADGE_AREA_PRICES
      )
        break;
      if (
        found.some((o) => o !== f && parent.contains(o.scope) && !o.scope.contains(holder) && !holder.contains(o.scope))
      )
        break;
      area = parent;
    }
    const currency = f.live.price.currency ?? f.anchor.price.currency;
    pairs.push({
      kind: f.anchor.strike ? 'struck' : 'labelled',
      evidence: f.anchor.strike?.evidence ?? 'label',
      anchor: {
        element: anchorElement,
        text: f.anchor.text,
        amount: f.anchor.price.amount,
        currency: f.anchor.price.currency ?? currency,
        ...(f.anchor.label ? { label: f.anchor.label } : {}),
      },
      live: {
        element: f.live.element,
        text: f.live.text,
        amount: f.live.price.amount,
        currency: f.live.price.currency ?? currency,
      },
      scope: f.scope,
      claimedPercent: claimed,
      facts: discountFacts(f.anchor.price.amount, f.live.price.amount, { currency, claimedPercent: claimed }),
    });
    if (pairs.length >= max) break;
  }
  return pairs;
}

/** Reads one price element in full: its price, the words around it, its strike mark or label, and its role. */
function readPriceElement(
  { element, prefix, suffix }: Located,
  index: number,
  lineThrough: LineThroughOf,
  rootElement: Element | null,
  counts: Map<Element, number>,
): PriceElement | null {
  const text = `${prefix ? priceTextOf(prefix) : ''}${priceTextOf(element)}${suffix ? ` ${priceTextOf(suffix)}` : ''}`;
  const price = singlePrice(text);
  if (!price) return null;
  const inside = fold(text);
  const p: PriceElement = {
    element,
    text,
    price,
    index,
    before: fold(textBefore(prefix ?? element, MAX_LABEL_CHARS)) + ' ' + inside.slice(0, price.start),
    after: inside.slice(price.end) + ' ' + fold(textAfter(suffix ?? element, 24)),
    strike: strikeMark(element, lineThrough, rootElement, counts),
    label: null,
    role: 'other',
  };
  if (p.strike) {
    p.role = 'anchor';
    return p;
  }
  const label = endsWithWord(p.before, ANCHOR_BEFORE) ?? (startsWithWord(p.after, ANCHOR_AFTER) ? 'value' : null);
  if (label) {
    p.label = label;
    p.role = 'anchor';
  } else if (
    !endsWithWord(p.before, NOT_LIVE_BEFORE) &&
    !startsWithWord(p.after, NOT_LIVE_AFTER) &&
    !p.after.trimStart().startsWith('/')
  ) {
    p.role = 'live';
  }
  return p;
}

// ---------------------------------------------------------------------------------------------------------
// Candidate text for the scanner.

/** A currency sign or code: with a digit, a text that may show a price. */
const CURRENCY_LIKE = /[\p{Sc}元円]|\b(?:usd|eur|gbp|cny|rmb|jpy|sek|nok|dkk|chf|aud|cad|nzd|inr|kr|zł|rs)\b/iu;

const EVERY_CURRENCY_LIKE = new RegExp(CURRENCY_LIKE.source, 'giu');
/** Two currency signs or codes: a text that may show two prices. */
function showsTwoCurrencies(text: string): boolean {
  EVERY_CURRENCY_LIKE.lastIndex = 0;
  return EVERY_CURRENCY_LIKE.exec(text) !== null && EVERY_CURRENCY_LIKE.exec(text) !== null;
}

/** Whether a block's text may show a price: a digit and a currency sign or code. */
export function mayShowPrice(text: string): boolean {
  return DIGIT.test(text) && CURRENCY_LIKE.test(text);
}

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any anchor label of ANCHOR_BEFORE or ANCHOR_AFTER in a text (a quick test before the real reading). */
const ANCHOR_WORD = new RegExp(
  `\\b(?:${[...ANCHOR_BEFORE, ...ANCHOR_AFTER]
    .filter((w) => isLatin(w[0]))
    .map(escapeRegExp)
    .join('|')})\\b|${ANCHOR_BEFORE.filter((w) => !isLatin(w[0]))
    .map(escapeRegExp)
    .join('|')}`,
  'i',
);
interface ReadBlock {
  text: string;
  nodes: readonly Text[];
}

/** A block before a price this long or shorter may be its label ("List Price:" in the cell before); longer is prose. */
const MAX_LABEL_BLOCK_CHARS = 80;

/** What the scanner hands findPricePairs (as `texts` and `labelTexts`) instead of a second walk over the page. */
export interface PairInput {
  /** The text nodes with a digit of the blocks that may show a price, in the blocks' order. */
  texts: Text[];
  /** Those of them in a block with an anchor word, or right after one ("List Price:" in the cell before). */
  labelTexts: Set<Text>;
  /** Those of them in a block with two price texts or more: one may be struck by a stylesheet alone. */
  styleTexts: Set<Text>;
}

/** The price texts of the scanner's blocks, and which may carry an anchor label; null when no block shows a price. */
export function pricePairInput(blocks: readonly ReadBlock[]): PairInput | null {
  return runToEnd(pricePairInputSteps(blocks));
}

/** pricePairInput a few dozen blocks at a time, for the scanner's slices (a page may have 50,000 blocks). */
export function* pricePairInputSteps(blocks: readonly ReadBlock[]): Generator<void, PairInput | null> {
  const texts: Text[] = [];
  const labelTexts = new Set<Text>();
  const styleTexts = new Set<Text>();
  for (let i = 0; i < blocks.length; i++) {
    if ((i & 63) === 63) yield;
    const block = blocks[i]!;
    if (!mayShowPrice(block.text)) continue;
    // Anchor words are looked for only around prices: in the block itself and in the one before.
    const previous = i > 0 ? blocks[i - 1]!.text : '';
    const mayBeLabelled =
      ANCHOR_WORD.test(block.text) || (previous.length <= MAX_LABEL_BLOCK_CHARS && ANCHOR_WORD.test(previous));
    const first = texts.length;
    for (const node of block.nodes) {
      if (!DIGIT.test(node.data)) continue;
      texts.push(node);
      if (mayBeLabelled) labelTexts.add(node);
    }
    if (texts.length - first > 1 && showsTwoCurrencies(block.text)) {
      for (let k = first; k < texts.length; k++) styleTexts.add(texts[k]!);
    }
  }
  return texts.length > 0 ? { texts, labelTexts, styleTexts } : null;
}

// ---------------------------------------------------------------------------------------------------------
// Layout facts for the core.

/**
 * What a pair tells the block of its anchor: a struck anchor adds its text to `struckPrices`; both kinds
 * give the live price (`livePrice`), so the core can compute the discount when the live price sits in
 * another block.
 */
export function pairLayoutFacts(pair: PricePair): LayoutFacts {
  return pair.kind === 'struck'
    ? { struckPrices: [pair.anchor.text], livePrice: pair.live.text }
    : { livePrice: pair.live.text };
}

/** Two layout facts of one block as one: struck prices joined (no repeats), the first live price kept. */
export function mergeLayoutFacts(a: LayoutFacts | undefined, b: LayoutFacts): LayoutFacts {
  const merged: LayoutFacts = { ...a, ...b };
  const struck = [...(a?.struckPrices ?? []), ...(b.struckPrices ?? [])];
  if (struck.length) merged.struckPrices = [...new Set(struck)];
  else delete merged.struckPrices;
  const live = a?.livePrice ?? b.livePrice;
  if (live !== undefined) merged.livePrice = live;
  return merged;
}

/**
 * The layout facts of every pair, keyed by the block element of its anchor. `blockOf` is the scanner's
 * block function (src/page/blocks.ts blockElementOf), so the keys are the elements of its text blocks.
 */
export function layoutFactsByBlock(
  pairs: readonly PricePair[],
  blockOf: (node: Node) => Element | null,
): Map<Element, LayoutFacts> {
  const out = new Map<Element, LayoutFacts>();
  for (const pair of pairs) {
    const block = blockOf(pair.anchor.element);
    if (!block) continue;
    out.set(block, mergeLayoutFacts(out.get(block), pairLayoutFacts(pair)));
  }
  return out;
}
