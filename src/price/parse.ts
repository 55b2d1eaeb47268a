// Price parsing in many locales and currencies. Amounts are decimal strings, never binary floats.
//
// parsePrice(text, currencyHint) reads the one price a short text shows (a price element's text, as in the
// price-parser project's test suite); extractPrices(text) finds every price in a longer text, with spans.
// How it decides:
// - numbers: see numbers.ts (digits with '.', ',', spaces, apostrophes; 1.234 vs 1,234 by rules and context);
// - currency: a symbol, word or ISO code right before or after the number ("$5", "5 €", "EUR 5", "5 zł"),
//   else one elsewhere in the text, else in the hint. A vague sign ($, ¥, kr) takes a compatible ISO code
//   from around it ("NZD $5", "$5" with the hint "CAD"); alone, $ is USD and ¥ is CNY.
// - the chosen number: the first one with a currency next to it, else the first number that is not a
//   percentage; "Free" with no number is 0.

import { isVague, minorUnits, refines, scanCurrencies, type CurrencyForm, type CurrencyHit } from './currencies';
import { asciiDigits, decimalStyle, isSpace, resolveNumber, scanNumbers, type RawNumber, type Style } from './numbers';

export interface ParsedPrice {
  /** Decimal string, never a binary float: "1234.5". */
  amount: string;
  /** ISO 4217 code where it can be known. */
  currency: string | null;
}

export interface ExtractedPrice extends ParsedPrice {
  /** Span in the text, currency sign included: text.slice(start, end). */
  start: number;
  end: number;
  /** The span of the number alone. */
  numberStart: number;
  numberEnd: number;
  /** The currency as written, if one was next to the number. */
  symbol: string | null;
}

/** Longest text parsed; beyond it the rest is ignored (a price is never that far in). */
export const MAX_PRICE_TEXT = 100_000;

interface Attached {
  number: RawNumber;
  /** Currency hits next to the number, the one that decides first. */
  hits: CurrencyHit[];
}

/** A hit may attach at most this many spaces away ("5 000 Р", "EUR  6,99"). */
const MAX_GAP = 2;

function gapBefore(t: string, start: number, hitEnd: number): boolean {
  if (hitEnd > start) return false;
  let spaces = 0;
  for (let k = hitEnd; k < start; k++) {
    const c = t[k]!;
    if (isSpace(c)) spaces++;
    else if (c === ':' && k === hitEnd)
      continue; // "US$:12.99"
    else return false;
  }
  return spaces <= MAX_GAP;
}

function singleLatinLetter(form: CurrencyForm): boolean {
  return form.form.length === 1 && /[a-z]/i.test(form.form);
}

/** Attaches currency hits to numbers: a hit before the number first, then one after; a hit serves one number. */
function attach(t: string, numbers: readonly RawNumber[], hits: readonly CurrencyHit[]): Attached[] {
  const byEnd = new Map<number, CurrencyHit>();
  const byStart = new Map<number, CurrencyHit>();
  for (const h of hits) {
    byEnd.set(h.end, h);
    byStart.set(h.start, h);
  }
  const claimed = new Set<CurrencyHit>();
  const out: Attached[] = [];
  for (const n of numbers) {
    const found: CurrencyHit[] = [];
    if (n.euroDecimal) {
      const euro = byStart.get(n.euroDecimal.start);
      if (euro) {
        found.push(euro);
        claimed.add(euro);
      }
    }
    // Before: skip up to MAX_GAP spaces (and a colon right after the sign).
    let k = n.start;
    let spaces = 0;
    while (k > 0 && isSpace(t[k - 1]) && spaces <= MAX_GAP) {
      k--;
      spaces++;
    }
    if (k > 0 && t[k - 1] === ':' && spaces === 0) k--;
    const before = byEnd.get(k);
    if (before && !claimed.has(before) && gapBefore(t, n.start, before.end)) {
      const gap = n.start - before.end;
      if (!singleLatinLetter(before.form) || gap === 0) {
        if (!before.form.weak || gap <= 1) found.push(before);
      }
    }
    // After: skip up to MAX_GAP spaces.
    k = n.end;
    spaces = 0;
    while (isSpace(t[k]) && spaces < MAX_GAP) {
      k++;
      spaces++;
    }
    const after = byStart.get(k);
    if (after && !claimed.has(after) && !singleLatinLetter(after.form) && (!after.form.weak || spaces <= 1)) {
      // Take the sign after the number unless one before already decided, or the one after is a code that
      // refines it ("$10 USD").
      if (found.length === 0 || (after.form.kind === 'code' && isVague(found[0]!.form))) found.push(after);
    }
    // "NZD $100", "SGD$4.90": a code just before a vague sign.
    const sign = found[0];
    if (sign && isVague(sign.form) && sign.end <= n.start) {
      let m = sign.start;
      let s = 0;
      while (m > 0 && isSpace(t[m - 1]) && s < 1) {
        m--;
        s++;
      }
      const code = byEnd.get(m);
      if (code && code.form.kind === 'code' && code.form.code && refines(sign.form, code.form.code))
        found.unshift(code);
    }
    for (const h of found) claimed.add(h);
    out.push({ number: n, hits: found });
  }
  return out;
}

/** The code of the first decisive form among hits: a code that refines a vague sign wins over the sign. */
function codeOf(
  hits: readonly CurrencyHit[],
  extra: readonly CurrencyHit[] = [],
): { code: string | null; form: CurrencyForm | null } {
  const first = hits[0];
  if (!first) return { code: null, form: null };
  if (!isVague(first.form)) return { code: first.form.code, form: first.form };
  for (const h of [...hits.slice(1), ...extra]) {
    if (h.form.kind === 'code' && h.form.code && refines(first.form, h.form.code))
      return { code: h.form.code, form: h.form };
  }
  if (hits.length > 1 && !isVague(hits[1]!.form)) return { code: hits[1]!.form.code, form: hits[1]!.form };
  return { code: first.form.code, form: first.form };
}

interface Scanned {
  t: string;
  numbers: RawNumber[];
  hits: CurrencyHit[];
  attached: Attached[];
  style: Style;
}

function scan(text: string): Scanned {
  const t = asciiDigits(text.length > MAX_PRICE_TEXT ? text.slice(0, MAX_PRICE_TEXT) : text);
  const numbers = scanNumbers(t);
  const hits = scanCurrencies(t);
  const attached = attach(t, numbers, hits);
  return { t, numbers, hits, attached, style: decimalStyle(numbers) };
}

/** The currency of a hint: one next to a number, else a strong form anywhere, else (a short hint) a weak one. */
function hintCurrency(hint: string): CurrencyHit[] {
  const s = scan(hint);
  const withSign = s.attached.find((a) => a.hits.length > 0 && !a.number.percent);
  if (withSign) return withSign.hits;
  const strong = s.hits.filter((h) => !h.form.weak);
  if (strong.length) return strong;
  if (hint.trim().length <= 6) return s.hits;
  return [];
}

const FREE = /\b(?:free|gratis|gratuit|kostenlos)\b|\bilmai(?:nen|seksi)\b|免费|бесплатно/iu;

/**
 * The price a short text shows, or null when it shows none. Never throws; linear in the text.
 * `currencyHint` is other text near the price (a currency element, a label); it only supplies the currency.
 */
export function parsePrice(text: string, currencyHint?: string | null): ParsedPrice | null {
  try {
    return parsePriceUnsafe(text, currencyHint ?? null);
  } catch {
    return null;
  }
}

function parsePriceUnsafe(text: string, hint: string | null): ParsedPrice | null {
  if (typeof text !== 'string') return null;
  const s = scan(text);
  const candidates = s.attached.filter((a) => !a.number.percent);
  const chosen = candidates.find((a) => a.hits.length > 0) ?? candidates[0];
  const hintHits = hint ? hintCurrency(hint.length > MAX_PRICE_TEXT ? hint.slice(0, MAX_PRICE_TEXT) : hint) : [];
  const textCodes = s.hits.filter((h) => h.form.kind === 'code' && !h.form.weak);

  // The currency: next to the number, else elsewhere in the text, else from the hint.
  let hits: CurrencyHit[] = chosen?.hits ?? [];
  if (hits.length === 0) {
    const strong = s.hits.filter((h) => !h.form.weak);
    hits = strong.length ? strong : hintHits;
  }
  const { code } = codeOf(hits, [...textCodes, ...hintHits.filter((h) => h.form.kind === 'code')]);

  if (!chosen) {
    if (FREE.test(s.t)) return { amount: '0', currency: code };
    return null;
  }
  const resolved = resolveNumber(chosen.number, s.style, minorUnits(code));
  return { amount: resolved.amount, currency: code };
}

/**
 * The currency a text (or else its hint) names, as an ISO code, even when it shows no amount: for callers
 * that report a currency without a price ({"text": "", "currencyHint": "EUR"} -> "EUR"). Never throws.
 */
export function currencyOf(text: string | null | undefined, currencyHint?: string | null): string | null {
  try {
    const parsed = parsePriceUnsafe(text ?? '', currencyHint ?? null);
    if (parsed) return parsed.currency;
    const s = scan(text ?? '');
    const strong = s.hits.filter((h) => !h.form.weak);
    const hintHits = currencyHint ? hintCurrency(currencyHint.slice(0, MAX_PRICE_TEXT)) : [];
    return codeOf(
      strong.length ? strong : hintHits,
      hintHits.filter((h) => h.form.kind === 'code'),
    ).code;
  } catch {
    return null;
  }
}

export interface ExtractOptions {
  /** Also return numbers with no currency next to them when they look like prices (two decimals). */
  bare?: boolean;
  /** Currency for bare numbers when the text has none (ISO code). */
  defaultCurrency?: string | null;
}

export interface ExtractedNumber extends ExtractedPrice {
  /** No currency was next to this number; its currency is the text's (or the default). */
  bare: boolean;
}

/**
 * Every price in a longer text, left to right: numbers with a currency next to them (and, with `bare`,
 * price-looking numbers without one). Percentages are never prices. Never throws; linear in the text.
 */
export function extractPrices(text: string, options: ExtractOptions = {}): ExtractedNumber[] {
  try {
    return extractUnsafe(text, options);
  } catch {
    return [];
  }
}

function extractUnsafe(text: string, options: ExtractOptions): ExtractedNumber[] {
  if (typeof text !== 'string' || text === '') return [];
  const s = scan(text);
  const out: ExtractedNumber[] = [];
  const codes = new Set<string | null>();
  for (const a of s.attached) if (a.hits.length && !a.number.percent) codes.add(codeOf(a.hits).code);
  const textCurrency = codes.size === 1 ? [...codes][0]! : (options.defaultCurrency ?? null);
  for (const a of s.attached) {
    if (a.number.percent) continue;
    const n = a.number;
    if (a.hits.length === 0) {
      if (!options.bare) continue;
      const last = n.seps[n.seps.length - 1];
      const looksLikePrice = (last === '.' || last === ',') && n.groups[n.groups.length - 1]!.length === 2;
      if (!looksLikePrice) continue;
      const resolved = resolveNumber(n, s.style, minorUnits(textCurrency));
      out.push({
        amount: resolved.amount,
        currency: textCurrency,
        start: n.start,
        end: n.end,
        numberStart: n.start,
        numberEnd: n.end,
        symbol: null,
        bare: true,
      });
      continue;
    }
    const { code } = codeOf(a.hits);
    const resolved = resolveNumber(n, s.style, minorUnits(code));
    let start = n.start;
    let end = n.end;
    for (const h of a.hits) {
      start = Math.min(start, h.start);
      end = Math.max(end, h.end);
    }
    out.push({
      amount: resolved.amount,
      currency: code,
      start,
      end,
      numberStart: n.start,
      numberEnd: n.end,
      symbol: text.slice(a.hits[0]!.start, a.hits[0]!.end),
      bare: false,
    });
  }
  return out;
}
