// Exact decimal arithmetic for prices: a decimal string is read into a bigint of units at a known scale
// (digits after the point), so "19.95" is 1995n at scale 2. No binary floats anywhere an amount is kept;
// only display values (a rounded percentage, a ratio with one decimal) leave as a number.

export interface Dec {
  /** The value times 10^scale. */
  units: bigint;
  /** Digits after the decimal point. */
  scale: number;
}

const DECIMAL = /^(-)?(\d*)(?:\.(\d*))?$/;

/** Reads "12", "12.50", ".75", "-3.5". Returns null for anything else (never throws). */
export function dec(text: string): Dec | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return null;
  const units = BigInt((int || '0') + frac);
  return { units: m[1] ? -units : units, scale: frac.length };
}

function rescale(a: Dec, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [rescale(a, scale), rescale(b, scale), scale];
}

/** Normal form: "1234.5" (no trailing fractional zeros, no leading zeros, "0" for zero). */
export function normalize(text: string): string | null {
  const d = dec(text);
  return d ? toStr(d, true) : null;
}

/** A decimal as a string. With `trim`, trailing fractional zeros are dropped ("12.50" -> "12.5"). */
export function toStr(a: Dec, trim = false): string {
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  if (a.scale > 0) {
    digits = digits.padStart(a.scale + 1, '0');
    let int = digits.slice(0, digits.length - a.scale);
    let frac = digits.slice(digits.length - a.scale);
    if (trim) {
      let end = frac.length;
      while (end > 0 && frac[end - 1] === '0') end--;
      frac = frac.slice(0, end);
    }
    int = int.replace(/^0+(?=\d)/, '');
    digits = frac ? `${int}.${frac}` : int;
  }
  if (digits === '0') return '0';
  return negative ? `-${digits}` : digits;
}

/** Numeric equality of two decimal strings: "94000" equals "94000.0". */
export function decEquals(a: string, b: string): boolean {
  const x = dec(a);
  const y = dec(b);
  if (!x || !y) return false;
  return compare(x, y) === 0;
}

export function compare(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

/** a times a whole number. */
export function mulInt(a: Dec, n: number | bigint): Dec {
  return { units: a.units * BigInt(n), scale: a.scale };
}

/** Integer division rounding half away from zero. */
function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** a divided by a whole number, rounded half up to `scale` digits (at least a's own scale). */
export function divInt(a: Dec, n: number | bigint, scale = Math.max(a.scale, 2)): Dec {
  const units = divRound(a.units * 10n ** BigInt(scale - a.scale), BigInt(n));
  return { units, scale };
}

/** a / b rounded half up to `digits` decimals, as a number for display (null when b is zero). */
export function ratio(a: Dec, b: Dec, digits = 1): number | null {
  const [x, y] = align(a, b);
  if (y === 0n) return null;
  const scaled = divRound(x * 10n ** BigInt(digits), y);
  return Number(scaled) / 10 ** digits;
}

/** How many percent `part` is of `whole`, rounded half up to an integer (null when whole is zero). */
export function percentOf(part: Dec, whole: Dec): number | null {
  const [x, y] = align(part, whole);
  if (y === 0n) return null;
  return Number(divRound(x * 100n, y));
}

/** The discount from anchor to price in percent, rounded to an integer: (anchor - price) / anchor. */
export function percentOff(anchor: Dec, price: Dec): number | null {
  return percentOf(sub(anchor, price), anchor);
}

/** The exact percentage (anchor - price) / anchor * 100 as a Dec with `digits` decimals, for tolerance checks. */
export function percentOffExact(anchor: Dec, price: Dec, digits = 2): Dec | null {
  const [x, y] = align(sub(anchor, price), anchor);
  if (y === 0n) return null;
  return { units: divRound(x * 100n * 10n ** BigInt(digits), y), scale: digits };
}

export function isZero(a: Dec): boolean {
  return a.units === 0n;
}

export function max(a: Dec, b: Dec): Dec {
  return compare(a, b) >= 0 ? a : b;
}

/** Applies a percentage (a Dec like 30 or 12.5) to an amount: a * p / 100, rounded to the amount's scale (min 2). */
export function applyPercent(a: Dec, percent: Dec, scale = Math.max(a.scale, 2)): Dec {
  const numerator = a.units * percent.units * 10n ** BigInt(scale);
  const denominator = 100n * 10n ** BigInt(a.scale + percent.scale);
  return { units: divRound(numerator, denominator), scale };
}
