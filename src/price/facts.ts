// Facts computed from the prices a text shows: was/now discounts and the page's own claims about them, the
// anchor ratio, the EU "lowest price in the last 30 days" disclosure, threshold offers (the extra spend),
// multi-buy offers (unit price and quantity), instalments (the total). In English, Chinese and Finnish.
//
// Two layers:
// - pure functions on explicit amounts (discountFacts, thresholdFact, multiBuyFact, ...), for callers that
//   paired prices themselves (the DOM side pairs a struck-through price with the live one);
// - priceFacts(text): finds the prices of one block of text (parse.ts), gives each a role from the words
//   right before or after it (was, now, save, over, payments of, 原价, norm., alin hinta ...), then computes.
// Everything is exact decimal arithmetic (decimal.ts); nothing here throws.

import type { Fact } from '../core/facts';
import { fold } from '../core/fold';
import {
  add,
  applyPercent,
  compare,
  dec,
  divInt,
  max,
  mulInt,
  percentOf,
  percentOff,
  percentOffExact,
  ratio,
  sub,
  toStr,
  type Dec,
} from './decimal';
import { extractPrices, type ExtractedNumber } from './parse';
import { ANCHOR_AFTER, ANCHOR_BEFORE, endsWithWord, startsWithWord, trimHead, trimTail } from './words';

type Reward = Extract<Fact, { kind: 'extra-spend' }>['reward'];

// ---------------------------------------------------------------------------------------------------------
// Pure functions on explicit amounts. Amounts are decimal strings ("59.99"); bad input gives no facts.

export interface DiscountOptions {
  currency?: string | null;
  /** The percentage the page claims ("-70%"). */
  claimedPercent?: number | null;
  /** The saving the page claims ("You save $10.00"). */
  claimedSaving?: string | null;
}

/** A claimed percentage matches the computed one when they are less than one point apart (sites round). */
function percentMatches(claimed: number, anchor: Dec, price: Dec): boolean {
  const exact = percentOffExact(anchor, price, 2);
  if (!exact) return true;
  const diff = BigInt(Math.round(claimed * 100)) - exact.units;
  return (diff < 0n ? -diff : diff) <= 100n;
}

/**
 * The discount from a reference price to the current price, the anchor ratio, and a mismatch when the
 * page's own claim (percentage or saving) does not match the two prices. Nothing when price >= anchor.
 */
export function discountFacts(anchor: string, price: string, options: DiscountOptions = {}): Fact[] {
  const a = dec(anchor);
  const p = dec(price);
  if (!a || !p || a.units <= 0n || p.units < 0n || compare(a, p) <= 0) return [];
  const percent = percentOff(a, p)!;
  const saving = sub(a, p);
  const currency = options.currency ?? null;
  const discount: Fact = { kind: 'discount', anchor, price, currency, percent, saving: toStr(saving) };
  const claimed = options.claimedPercent ?? null;
  const claimedSaving = options.claimedSaving ? dec(options.claimedSaving) : null;
  if (claimed !== null) discount.claimedPercent = claimed;
  if (claimedSaving) discount.claimedSaving = options.claimedSaving!;
  const facts: Fact[] = [discount];
  const r = ratio(a, p, 1);
  if (r !== null) facts.push({ kind: 'anchor-ratio', anchor, price, ratio: r });
  const percentWrong = claimed !== null && !percentMatches(claimed, a, p);
  // Sites round savings to the cent; anything more than one minor unit apart is a different number.
  const savingWrong =
    claimedSaving !== null &&
    abs(sub(claimedSaving, saving)).units > 10n ** BigInt(Math.max(0, Math.max(claimedSaving.scale, saving.scale) - 2));
  if (percentWrong || savingWrong) {
    const mismatch: Fact = {
      kind: 'claimed-discount-mismatch',
      claimedPercent: claimed ?? (claimedSaving ? (percentOf(claimedSaving, a) ?? percent) : percent),
      computedPercent: percent,
      currency,
    };
    if (savingWrong) {
      mismatch.claimedSaving = options.claimedSaving!;
      mismatch.computedSaving = toStr(saving);
    }
    facts.push(mismatch);
  }
  return facts;
}

function abs(a: Dec): Dec {
  return a.units < 0n ? { units: -a.units, scale: a.scale } : a;
}

/** A threshold offer ("free shipping over $50") against the item or cart price: the extra spend (0 if met). */
export function thresholdFact(
  threshold: string,
  current: string,
  currency: string | null = null,
  reward: Reward = 'other',
  rewardValue?: string,
): Fact | null {
  const t = dec(threshold);
  const c = dec(current);
  if (!t || !c || t.units <= 0n || c.units < 0n) return null;
  const extra = max(sub(t, c), { units: 0n, scale: 0 });
  const fact: Fact = { kind: 'extra-spend', threshold, current, extra: toStr(extra), currency, reward };
  if (rewardValue !== undefined) fact.rewardValue = rewardValue;
  return fact;
}

/** "Add $8.50 more for free shipping": the page names the extra spend itself; with the current price, the threshold too. */
export function extraSpendFact(
  extra: string,
  currency: string | null = null,
  reward: Reward = 'other',
  current?: string | null,
): Fact | null {
  const e = dec(extra);
  if (!e || e.units <= 0n) return null;
  const c = current ? dec(current) : null;
  return {
    kind: 'extra-spend',
    threshold: c ? toStr(add(c, e)) : null,
    current: c ? current! : null,
    extra,
    currency,
    reward,
  };
}

export interface MultiBuy {
  /** The price of one item without the offer. */
  price: string;
  /** Items paid in full. */
  buy: number;
  /** Further items at a discount. */
  get: number;
  /** Discount on the further items in percent: 100 for free, 50 for half price. */
  getPercentOff?: number;
  currency?: string | null;
  offer?: 'bogo' | 'second-item' | 'multi-buy';
}

/** Buy N get M free (or at a discount): the unit price when the offer is taken and how many items that takes. */
export function multiBuyFact(m: MultiBuy): Fact | null {
  const p = dec(m.price);
  if (
    !p ||
    p.units <= 0n ||
    !Number.isInteger(m.buy) ||
    !Number.isInteger(m.get) ||
    m.buy < 1 ||
    m.get < 1 ||
    m.buy + m.get > 1000
  )
    return null;
  const off = dec(String(m.getPercentOff ?? 100));
  if (!off || off.units < 0n || compare(off, { units: 100n, scale: 0 }) > 0) return null;
  const paidForGet = sub(mulInt(p, m.get), applyPercent(mulInt(p, m.get), off));
  const total = add(mulInt(p, m.buy), paidForGet);
  const quantity = m.buy + m.get;
  return {
    kind: 'unit-price',
    unitPrice: toStr(divInt(total, quantity)),
    quantity,
    currency: m.currency ?? null,
    total: toStr(total),
    price: m.price,
    offer: m.offer ?? 'bogo',
  };
}

/** "3 for $10": the price of one item in the bundle. */
export function bundleFact(
  total: string,
  quantity: number,
  currency: string | null = null,
  price?: string | null,
): Fact | null {
  const t = dec(total);
  if (!t || t.units <= 0n || !Number.isInteger(quantity) || quantity < 2 || quantity > 1000) return null;
  const fact: Fact = {
    kind: 'unit-price',
    unitPrice: toStr(divInt(t, quantity)),
    quantity,
    currency,
    total,
    offer: 'multi-buy',
  };
  if (price) fact.price = price;
  return fact;
}

/** count x instalment: the total, and what it costs over the one-off price when that is known. */
export function instalmentFact(
  instalment: string,
  count: number,
  currency: string | null = null,
  price?: string | null,
): Fact | null {
  const i = dec(instalment);
  if (!i || i.units <= 0n || !Number.isInteger(count) || count < 2 || count > 120) return null;
  const total = mulInt(i, count);
  const fact: Fact = { kind: 'instalment-total', instalment, count, total: toStr(total), currency };
  const p = price ? dec(price) : null;
  if (p && p.units > 0n) {
    fact.price = price!;
    fact.extra = toStr(max(sub(total, p), { units: 0n, scale: 0 }));
  }
  return fact;
}

/** The 30-day lowest price against the current price (and the was-price, when shown). */
export function lowestFact(
  lowest: string,
  price: string,
  currency: string | null = null,
  anchor?: string | null,
): Fact | null {
  const l = dec(lowest);
  const p = dec(price);
  if (!l || !p || l.units <= 0n || p.units < 0n) return null;
  const fact: Fact = { kind: 'lowest-30-days', lowest, price, percentVsLowest: percentOff(l, p)!, currency };
  const a = anchor ? dec(anchor) : null;
  if (a && a.units > 0n) {
    fact.anchor = anchor!;
    fact.anchorVsLowest = percentOf(sub(a, l), l)!;
  }
  return fact;
}

// ---------------------------------------------------------------------------------------------------------
// Reading a block of text.

type Role = 'anchor' | 'current' | 'saving' | 'lowest' | 'threshold' | 'extra' | 'instalment' | 'multi' | 'none';

const CURRENT_BEFORE = [
  'now',
  'now only',
  'now just',
  'only',
  'just',
  'price',
  'sale',
  'sale price',
  'our price',
  'deal',
  'deal price',
  'today',
  "today's price",
  'your price',
  'special price',
  'offer price',
  'now from',
  'from',
  'you pay',
  'nyt',
  'nyt vain',
  'vain',
  'hinta',
  'tarjous',
  'tarjoushinta',
  'kampanjahinta',
  'alehinta',
  'nyt alk',
  'alk',
  '现价',
  '到手价',
  '券后价',
  '促销价',
  '秒杀价',
  '折后价',
  '活动价',
  '售价',
  '价格',
  '特价',
  '优惠价',
  '会员价',
  '拼团价',
  '抢购价',
];
const SAVING_BEFORE = [
  'you save',
  'save',
  'saving',
  'savings',
  'säästä',
  'säästät',
  'säästö',
  'säästöä',
  '省',
  '立省',
  '直降',
  '节省',
  '立减',
  '优惠',
];
const EXTRA_BEFORE = ['vielä', 'osta vielä', 'tilaa vielä', 'puuttuu', '还差', '再买', '再凑', '再购', '差'];
const EXTRA_AFTER = ['more', 'away', 'lisää', 'enemmän'];
const THRESHOLD_BEFORE = [
  'over',
  'above',
  'orders over',
  'orders above',
  'orders of',
  'orders',
  'order',
  'order over',
  'purchases over',
  'purchases of',
  'spend',
  'at least',
  'min',
  'minimum',
  'minimum order',
  'yli',
  'vähintään',
  'yli olevat',
  '满',
  '满额',
  '订单满',
  '购满',
];
const THRESHOLD_AFTER = [
  '+',
  'or more',
  'and up',
  'and over',
  'and above',
  'or over',
  ':n',
  ':sta',
  ':lla',
  ':llä',
  '以上',
];
const INSTALMENT_BEFORE = [
  'payments of',
  'payment of',
  'installments of',
  'instalments of',
  'monthly payments of',
  'monthly',
  'per month',
  'erää à',
  'erä',
  'à',
  'kuukausierä',
  'kuukausierin',
  'kuukausierää',
  '每期',
  '月供',
  '每月',
];
const INSTALMENT_AFTER_UNITS = [
  '/mo',
  '/month',
  '/kk',
  ' / mo',
  ' / month',
  ' / kk',
  '/ kk',
  ' per month',
  ' a month',
  ' kuukaudessa',
  '/月',
  '/期',
  ' x',
  ' ×',
  'x',
  '×',
  '*',
];
const LOWEST_WORDS = ['lowest', 'alin hinta', 'alhaisin hinta', 'alimman hinnan', 'halvin hinta', '最低价', '最低'];

function includesAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.includes(w));
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  a: 1,
  an: 1,
  yksi: 1,
  yhden: 1,
  kaksi: 2,
  kahden: 2,
  kolme: 3,
  kolmen: 3,
  neljä: 4,
  viisi: 5,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};

function numberWord(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^\d{1,3}$/.test(s)) return Number(s);
  return NUMBER_WORDS[s] ?? null;
}

interface Priced extends ExtractedNumber {
  role: Role;
  /** An anchor read from "a $150 value" after it (often a gift's or a bundle's value, not this price's past). */
  valueAnchor?: boolean;
  /** For instalments: how many; for multi-buy: the quantity. */
  count?: number;
  index: number;
}

const REWARDS: Array<[Reward, readonly string[]]> = [
  [
    'free-shipping',
    [
      'free shipping',
      'free delivery',
      'ships free',
      'ship free',
      'free standard shipping',
      'shipping is free',
      'ilmainen toimitus',
      'ilmaisen toimituksen',
      'ilmaiseen toimitukseen',
      'toimitus 0',
      'toimituskulut 0',
      'ilmainen kotiinkuljetus',
      'rahtivapaa',
      'postikuluton',
      'maksuton toimitus',
      '包邮',
      '免运费',
      '免邮',
      '免配送费',
    ],
  ],
  ['gift', ['gift', 'free sample', 'free tote', 'lahja', 'kaupan päälle', 'kaupanpäällis', '赠', '送']],
  ['discount', ['% off', 'off your', 'off orders', 'discount', 'save ', 'alennus', 'alennusta', 'säästä', '减', '折']],
];

function rewardIn(s: string): Reward | null {
  for (const [reward, words] of REWARDS) if (includesAny(s, words)) return reward;
  return null;
}

/** Runs of white space as one space (for patterns that need no indices into the text). */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** How many instalments, from the words around an instalment price. */
function instalmentCount(rawBefore: string, rawAfter: string): number | null {
  const b = trimTail(collapse(rawBefore));
  const after = collapse(rawAfter);
  let m =
    /(\d{1,3})\s+(?:[a-zäö-]+\s+){0,2}(?:payments|installments|instalments|erää|erässä|kuukausierää|kuukausierässä)\s*(?:of|à)?$/.exec(
      b,
    ) ??
    /pay in (\d{1,3})(?:\s+[a-z-]+){0,2}\s+(?:payments|installments|instalments)\s+of$/.exec(b) ??
    /(\d{1,3})\s*[x×*]$/.exec(b) ??
    /(\d{1,3}) ?期\D{0,8}每期$/.exec(b);
  if (m) return Number(m[1]);
  const a = after.slice(0, 40);
  m =
    /^\s*[x×*]\s*(\d{1,3})/.exec(a) ??
    /^\s*(?:\/|per|a)\s*(?:mo|month|kk|月)\.?(?:\s+(?:for|x|in|ajan))?\s*(\d{1,3})\s*(?:months|mo|kk|kuukautta|kuukauden|个月|期)/.exec(
      a,
    ) ??
    /^\D{0,12}(\d{1,3}) ?(?:期|kk:n ajan|kuukauden ajan|months)/.exec(a);
  if (m) return Number(m[1]);
  m = /分 ?(\d{1,3}) ?期/.exec(b);
  return m ? Number(m[1]) : null;
}

/** Gives each price a role from the words next to it. */
function assignRoles(f: string, prices: ExtractedNumber[]): Priced[] {
  const out: Priced[] = [];
  prices.forEach((p, index) => {
    const prevEnd = index > 0 ? prices[index - 1]!.end : 0;
    const next = prices[index + 1];
    const before = f.slice(Math.max(prevEnd, p.start - 60), p.start);
    const after = f.slice(p.end, Math.min(next ? next.start : f.length, p.end + 40));
    const priced: Priced = { ...p, role: 'none', index };
    const lowestBefore = includesAny(before, LOWEST_WORDS) && before.includes('30');
    const afterHead = trimHead(after);
    const lowestAfter =
      (afterHead.startsWith('lowest') || afterHead.startsWith('alin') || afterHead.startsWith('30')) &&
      includesAny(after, LOWEST_WORDS) &&
      after.includes('30');
    const count = instalmentCount(before, after);
    const multi = /(\d{1,3}|two|three|four|five|kaksi|kolme)\s*(?:for|\/|kpl|件)$/.exec(trimTail(before));
    if (lowestBefore || lowestAfter) priced.role = 'lowest';
    else if (
      count !== null &&
      (endsWithWord(before, INSTALMENT_BEFORE) ||
        /\d\s*[x×*]\s*$/.test(trimTail(before)) ||
        INSTALMENT_AFTER_UNITS.some((u) => after.startsWith(u)) ||
        /^\s*[x×*]\s*\d/.test(after))
    ) {
      priced.role = 'instalment';
      priced.count = count;
    } else if (
      endsWithWord(before, EXTRA_BEFORE) ||
      (startsWithWord(after, EXTRA_AFTER) && !startsWithWord(after, ['more than']))
    )
      priced.role = 'extra';
    else if (endsWithWord(before, SAVING_BEFORE)) priced.role = 'saving';
    else if (
      endsWithWord(before, THRESHOLD_BEFORE) ||
      startsWithWord(after, THRESHOLD_AFTER) ||
      after.startsWith('+')
    ) {
      priced.role = rewardIn(f) ? 'threshold' : 'none';
    } else if (multi && !/^\s*(?:each|kpl|\/kpl)/.test(after)) {
      priced.role = 'multi';
      priced.count = numberWord(multi[1]) ?? undefined;
    } else if (endsWithWord(before, ANCHOR_BEFORE)) priced.role = 'anchor';
    else if (startsWithWord(after, ANCHOR_AFTER)) {
      priced.role = 'anchor';
      priced.valueAnchor = true;
    } else if (endsWithWord(before, CURRENT_BEFORE)) priced.role = 'current';
    out.push(priced);
  });
  return out;
}

const UP_TO = ['up to', 'upto', 'as much as', 'jopa', 'enintään', '最高', '最多', '低至', 'until', 'asti'];
/** Words after a percentage that make it something other than this item's discount (a rate, a coupon, a cart offer). */
const NOT_A_DISCOUNT_AFTER = [
  'apr',
  'interest',
  'korko',
  'alv',
  'vat',
  'iva',
  'mwst',
  'tax',
  'cashback',
  'back',
  'financing',
  '利息',
  '息',
  'on orders',
  'orders over',
  'on your',
  'when you',
  'with code',
  'code',
  'coupon',
  'koodilla',
  'tilauksesta',
  'on all',
  'sitewide',
  'everything',
  'first order',
  'ensimmäisestä',
  'kaikista',
  '优惠券',
  '券',
];

/** The first percentage the text claims as the discount ("-70%", "70% off", "Save 33%", "(33%)", "7折"). */
function claimedPercent(f: string, prices: readonly Priced[]): number | null {
  const inside = (i: number): boolean => prices.some((p) => i >= p.start && i < p.end);
  for (let i = f.indexOf('%'); i >= 0; i = f.indexOf('%', i + 1)) {
    if (inside(i)) continue;
    let k = i;
    if (f[k - 1] === ' ') k--;
    let start = k;
    while (start > 0 && /[\d.,]/.test(f[start - 1]!)) start--;
    const digits = f.slice(start, k).replace(',', '.');
    if (!/^\d{1,2}(?:\.\d)?$/.test(digits)) continue;
    const value = Number(digits);
    if (value <= 0 || value >= 100) continue;
    const before = f.slice(Math.max(0, start - 16), start);
    const after = f.slice(i + 1, i + 30);
    if (includesAny(before, UP_TO) || includesAny(trimHead(after).slice(0, 24), NOT_A_DISCOUNT_AFTER)) continue;
    if (/(?:vat|alv|tax|mwst|iva|apr|korko)\s*$/.test(trimTail(before))) continue;
    const minus = /[-–]\s*$/.test(before);
    const offWords = /^\s*(?:off|alennus|ale\b|discount|säästö|pois|减|优惠)/.test(after);
    const saveWords =
      endsWithWord(before, ['save', 'saving', 'savings', 'säästä', 'säästät', 'alennus', 'ale', '省', '立省']) !== null;
    const bracket = before.trimEnd().endsWith('(');
    if (minus || offWords || saveWords || bracket) return Math.round(value);
  }
  // Chinese: "7折" is 70% of the price, i.e. 30% off; "8.5折" 15% off.
  const zhe = /(\d(?:\.\d)?)\s*折/.exec(f);
  if (zhe && !includesAny(f.slice(Math.max(0, zhe.index - 4), zhe.index), ['低至', '最低'])) {
    const pay = Number(zhe[1]);
    if (pay > 0 && pay < 10) return Math.round(100 - pay * 10);
  }
  return null;
}

/** The first price of a role, with a currency compatible with `currency` when given. */
function first(prices: readonly Priced[], role: Role, currency?: string | null): Priced | undefined {
  return prices.find(
    (p) =>
      p.role === role &&
      (currency === undefined || p.currency === currency || p.currency === null || currency === null),
  );
}

/** The item's current price: a labelled one, else the only unlabelled one. */
function currentPrice(prices: readonly Priced[], exclude: readonly Priced[] = []): Priced | undefined {
  const labelled = first(prices, 'current');
  if (labelled) return labelled;
  const free = prices.filter((p) => p.role === 'none' && !exclude.includes(p));
  return free.length >= 1 ? free[0] : undefined;
}

function multiBuyFromText(folded: string, price: Priced | undefined): Fact | null {
  if (!price) return null;
  const f = collapse(folded);
  const currency = price.currency;
  let m: RegExpExecArray | null;
  // buy 2 get 1 free / buy one get one 50% off / osta 3 maksa 2 / 买一送一 / 买2送1
  m =
    /buy (\d{1,2}|one|two|three|four|five),? get (\d{1,2}|one|two|three|an?)(?: more)?(?: items?)?(?: (free|for free|(\d{1,2}) ?% off|half[ -]price))?/.exec(
      f,
    );
  if (m) {
    const buy = numberWord(m[1]);
    const get = numberWord(m[2]);
    const off = m[4] ? Number(m[4]) : m[3] && m[3].startsWith('half') ? 50 : 100;
    if (buy && get) return multiBuyFact({ price: price.amount, buy, get, getPercentOff: off, currency, offer: 'bogo' });
  }
  if (/\bbogo\b/.test(f)) {
    const half = /bogo\s*(?:50\s*%|half)/.test(f);
    return multiBuyFact({
      price: price.amount,
      buy: 1,
      get: 1,
      getPercentOff: half ? 50 : 100,
      currency,
      offer: 'bogo',
    });
  }
  m = /买\s*([一二两三四五\d]{1,2})\s*[送赠]\s*([一二两三四五\d]{1,2})/.exec(f);
  if (m) {
    const buy = numberWord(m[1]);
    const get = numberWord(m[2]);
    if (buy && get) return multiBuyFact({ price: price.amount, buy, get, currency, offer: 'bogo' });
  }
  // "osta 3 maksa 2", "3 for 2", "3 kpl 2 hinnalla", "kaksi yhden hinnalla"
  m =
    /osta (\d{1,2}|kaksi|kolme|neljä),? maksa (\d{1,2}|yksi|kaksi|kolme)/.exec(f) ??
    /\b(\d{1,2})\s+for\s+(\d{1,2})\b(?!\s*[%$€£¥])/.exec(f) ??
    /(\d{1,2}|kaksi|kolme|neljä)(?: kpl| tuotetta)? (\d{1,2}|yhden|kahden|kolmen)(?: kpl:n)? hinnalla/.exec(f);
  if (m) {
    const take = numberWord(m[1]);
    const pay = numberWord(m[2]);
    if (take && pay && take > pay)
      return multiBuyFact({ price: price.amount, buy: pay, get: take - pay, currency, offer: 'multi-buy' });
  }
  // second item half price / 2nd item 50% off / toinen tuote -50 % / 第二件半价 / 第二件5折
  m = /(?:second|2nd)(?: item| one| pair| unit)?(?: at| for)? (half[ -]price|(\d{1,2}) ?% off|free)/.exec(f);
  if (m) {
    const off = m[1]!.startsWith('half') ? 50 : m[1] === 'free' ? 100 : Number(m[2]);
    return multiBuyFact({ price: price.amount, buy: 1, get: 1, getPercentOff: off, currency, offer: 'second-item' });
  }
  m = /toinen(?: tuote| samanlainen| pari)? (?:- ?(\d{1,2}) ?%|puoleen hintaan|ilmaiseksi|veloituksetta)/.exec(f);
  if (m) {
    const off = m[1] ? Number(m[1]) : /puoleen/.test(m[0]) ? 50 : 100;
    return multiBuyFact({ price: price.amount, buy: 1, get: 1, getPercentOff: off, currency, offer: 'second-item' });
  }
  m = /第\s*[二2]\s*件\s*(半价|(\d(?:\.\d)?)\s*折|0\s*元|免费)/.exec(f);
  if (m) {
    const off = m[1] === '半价' ? 50 : m[2] ? Math.round(100 - Number(m[2]) * 10) : 100;
    return multiBuyFact({ price: price.amount, buy: 1, get: 1, getPercentOff: off, currency, offer: 'second-item' });
  }
  return null;
}

/** 满199减30, 满99包邮, 满299送...: Chinese threshold offers, often written without a currency sign. */
function zhThresholds(folded: string, current: string | null, currency: string | null): Fact[] {
  const facts: Fact[] = [];
  const f = collapse(folded);
  const re = /满 ?[$¥]? ?(\d{1,7}(?:\.\d{1,2})?) ?元? ?(包邮|免运费|免邮|[减送赠]) ?[$¥]? ?(\d{1,7}(?:\.\d{1,2})?)?/g;
  let count = 0;
  for (let m = re.exec(f); m && count < 10; m = re.exec(f), count++) {
    if (!current) break;
    const reward: Reward = m[2] === '减' ? 'discount' : m[2] === '送' || m[2] === '赠' ? 'gift' : 'free-shipping';
    const fact = thresholdFact(m[1]!, current, currency ?? 'CNY', reward, m[2] === '减' ? m[3] : undefined);
    if (fact) facts.push(fact);
  }
  return facts;
}

/** Every price fact that can be read from one block of text (en, zh, fi). Never throws. */
export function priceFacts(text: string): Fact[] {
  try {
    return priceFactsUnsafe(text);
  } catch {
    return [];
  }
}

/** Longest block read for facts; a price block is a sentence or two. */
const MAX_FACT_TEXT = 4000;

function priceFactsUnsafe(text: string): Fact[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const source = text.length > MAX_FACT_TEXT ? text.slice(0, MAX_FACT_TEXT) : text;
  const f = fold(source);
  const extracted = extractPrices(source, { bare: true });
  // A number without a currency counts only when words give it a role ("Norm. 59,90 nyt 39,90 €"); a
  // rating or a size must not become the item's price.
  const prices = assignRoles(f, extracted)
    .filter((p) => !p.bare || p.role !== 'none')
    .map((p, index) => ({ ...p, index }));
  const facts: Fact[] = [];
  const claimed = claimedPercent(f, prices);

  // Was / now. A "value" in a gift or threshold offer is the gift's value, not a past price; a saving in a
  // threshold offer ("save $5 when you spend $50") is the offer's reward, not this item's discount.
  const reward = rewardIn(f);
  const hasThreshold = prices.some((p) => p.role === 'threshold');
  let anchor = prices.find((p) => p.role === 'anchor' && !(p.valueAnchor && (reward === 'gift' || hasThreshold)));
  const saving = hasThreshold ? undefined : first(prices, 'saving');
  let current = first(prices, 'current', anchor?.currency);
  if (anchor && !current) {
    current =
      prices.find((p) => p.role === 'none' && p.index > anchor!.index && sameCurrency(p, anchor!)) ??
      prices.find((p) => p.role === 'none' && sameCurrency(p, anchor!));
  }
  let anchorAmount = anchor?.amount ?? null;
  let currentAmount = current?.amount ?? null;
  if (!anchorAmount && currentAmount && saving && sameCurrency(saving, current!)) {
    anchorAmount = toStr(add(dec(currentAmount)!, dec(saving.amount)!));
  }
  if (anchorAmount && !currentAmount && saving && anchor && sameCurrency(saving, anchor)) {
    currentAmount = toStr(sub(dec(anchorAmount)!, dec(saving.amount)!));
  }
  if (!anchorAmount && !currentAmount && claimed !== null) {
    // "$59.99 $24.99 -58%": two unlabelled prices and a discount badge: the higher one is the reference.
    const loose = prices.filter((p) => p.role === 'none');
    if (loose.length === 2 && sameCurrency(loose[0]!, loose[1]!)) {
      const [x, y] = loose.map((p) => dec(p.amount)!) as [Dec, Dec];
      const hi = compare(x, y) >= 0 ? loose[0]! : loose[1]!;
      const lo = hi === loose[0] ? loose[1]! : loose[0]!;
      anchor = hi;
      current = lo;
      anchorAmount = hi.amount;
      currentAmount = lo.amount;
    }
  }
  const currency = current?.currency ?? anchor?.currency ?? saving?.currency ?? null;
  const savingIsDerived = !anchor || !current;
  if (anchorAmount && currentAmount) {
    facts.push(
      ...discountFacts(anchorAmount, currentAmount, {
        currency,
        claimedPercent: claimed,
        claimedSaving: saving && !savingIsDerived ? saving.amount : null,
      }),
    );
  }

  // The item price for the other facts: the current price, else the only unlabelled price.
  const itemPrice = current ?? currentPrice(prices);
  const itemAmount = currentAmount ?? itemPrice?.amount ?? null;
  const itemCurrency = itemPrice?.currency ?? currency;

  // Lowest price in the last 30 days.
  const lowest = first(prices, 'lowest');
  if (lowest) {
    const priceForLowest = currentAmount ?? prices.find((p) => p.role === 'none' && p !== lowest)?.amount ?? null;
    if (priceForLowest) {
      const fact = lowestFact(lowest.amount, priceForLowest, lowest.currency ?? itemCurrency, anchorAmount);
      if (fact) facts.push(fact);
    }
  }

  // Threshold offers and extra spend.
  const rewardValue = hasThreshold ? first(prices, 'saving')?.amount : undefined;
  for (const t of prices.filter((p) => p.role === 'threshold').slice(0, 3)) {
    if (!itemAmount) break;
    const fact = thresholdFact(t.amount, itemAmount, t.currency ?? itemCurrency, reward ?? 'other', rewardValue);
    if (fact) facts.push(fact);
  }
  if (!prices.some((p) => p.role === 'threshold')) facts.push(...zhThresholds(f, itemAmount, itemCurrency));
  for (const e of prices.filter((p) => p.role === 'extra').slice(0, 3)) {
    const fact = extraSpendFact(
      e.amount,
      e.currency ?? itemCurrency,
      reward ?? 'other',
      itemPrice && itemPrice !== e ? itemAmount : null,
    );
    if (fact) facts.push(fact);
  }

  // Multi-buy offers.
  for (const m of prices.filter((p) => p.role === 'multi').slice(0, 3)) {
    if (!m.count) continue;
    const fact = bundleFact(m.amount, m.count, m.currency, itemPrice && itemPrice !== m ? itemAmount : null);
    if (fact) facts.push(fact);
  }
  const multi = multiBuyFromText(f, itemPrice);
  if (multi) facts.push(multi);

  // Instalments.
  for (const i of prices.filter((p) => p.role === 'instalment').slice(0, 3)) {
    const price =
      itemPrice && itemPrice !== i && dec(itemPrice.amount) && compare(dec(itemPrice.amount)!, dec(i.amount)!) > 0
        ? itemAmount
        : null;
    const fact = instalmentFact(i.amount, i.count!, i.currency ?? itemCurrency, price);
    if (fact) facts.push(fact);
  }
  return facts;
}

function sameCurrency(a: Priced, b: Priced): boolean {
  return a.currency === b.currency || a.currency === null || b.currency === null;
}
