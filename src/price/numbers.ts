// The number scanner of the price parser: finds digit runs with their separators in one left-to-right pass,
// and later decides which separator is the decimal one. Never a regular expression over the whole text, so
// the work is linear in the text whatever it holds.

/** Spaces that group thousands: space, no-break, thin, narrow no-break, figure space. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u2009', '\u202f', '\u2007']);
/** Apostrophes that group thousands (Swiss 1'234.50). */
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);
const DASHES = new Set(['-', '\u2013', '\u2014']);

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && (GROUP_SPACES.has(c) || c === '\t' || c === '\n' || c === '\r');
}

/**
 * The text with other digit forms as ASCII digits and full-width separators as ASCII, same length, so
 * every index still points into the original: full-width １２３．４, Arabic-Indic ١٢٣٫٤, Persian ۱۲۳.
 */
export function asciiDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c === 0xff0e || c === 0x066b) out += '.';
    else if (c === 0xff0c || c === 0x066c) out += ',';
    else out += text[i]!;
  }
  return out;
}

export type Sep = '.' | ',' | 'space' | "'";

/** A number as written, before its decimal separator is decided. */
export interface RawNumber {
  start: number;
  end: number;
  /** Digit groups, left to right. */
  groups: string[];
  /** Separators between groups: seps[i] sits between groups[i] and groups[i + 1]. */
  seps: Sep[];
  /** Written with leading dots: "$..75", ".75 €". */
  leadingDot: boolean;
  /** "1.899,-": the separator before a dash, meaning no fraction. */
  dashDecimal: '.' | ',' | null;
  /** "36. 24": a point or comma, a space, two digits: the last separator is surely the decimal one. */
  looseDecimal: boolean;
  /** "35€99": the euro sign stands in the decimal place; its span inside the number. */
  euroDecimal: { start: number; end: number } | null;
  /** Followed by a percent sign: "-70%", "20 %". */
  percent: boolean;
}

function readDigits(t: string, i: number): number {
  while (isDigit(t[i])) i++;
  return i;
}

/** Exactly three digits at i, not followed by a fourth. */
function threeDigits(t: string, i: number): boolean {
  return isDigit(t[i]) && isDigit(t[i + 1]) && isDigit(t[i + 2]) && !isDigit(t[i + 3]);
}

/** Reads one number starting at `start` (a digit, or leading dots before a digit). */
function readNumber(t: string, start: number, euroCount: number): RawNumber {
  let i = start;
  let leadingDot = false;
  while (t[i] === '.') {
    leadingDot = true;
    i++;
  }
  const groups: string[] = [];
  const seps: Sep[] = [];
  let j = readDigits(t, i);
  groups.push(t.slice(i, j));
  let dashDecimal: '.' | ',' | null = null;
  let looseDecimal = false;
  let euroDecimal: RawNumber['euroDecimal'] = null;
  let pointOrComma = false;
  for (;;) {
    const c = t[j];
    if (c === '.' || c === ',') {
      if (isDigit(t[j + 1])) {
        const k = readDigits(t, j + 1);
        seps.push(c);
        groups.push(t.slice(j + 1, k));
        pointOrComma = true;
        j = k;
        continue;
      }
      if (DASHES.has(t[j + 1] ?? '') && !isDigit(t[j + 2])) {
        dashDecimal = c;
        j += 2;
        break;
      }
      if (!pointOrComma && t[j + 1] === ' ' && isDigit(t[j + 2]) && isDigit(t[j + 3]) && !isDigit(t[j + 4])) {
        seps.push(c);
        groups.push(t.slice(j + 2, j + 4));
        looseDecimal = true;
        j += 4;
        break;
      }
      break;
    }
    if (c !== undefined && (GROUP_SPACES.has(c) || APOSTROPHES.has(c))) {
      const first = groups[0]!;
      if (!pointOrComma && !leadingDot && first.length <= 3 && threeDigits(t, j + 1)) {
        seps.push(GROUP_SPACES.has(c) ? 'space' : "'");
        groups.push(t.slice(j + 1, j + 4));
        j += 4;
        continue;
      }
    }
    break;
  }
  // "35€99", "12 € 34": with a single euro sign on the page, the sign can stand for the decimal point.
  if (euroCount === 1 && !pointOrComma && !leadingDot && dashDecimal === null) {
    let k = j;
    while (t[k] === ' ') k++;
    if (t[k] === '€') {
      const sign = k;
      k++;
      while (t[k] === ' ') k++;
      if (isDigit(t[k]) && isDigit(t[k + 1]) && !isDigit(t[k + 2])) {
        euroDecimal = { start: sign, end: sign + 1 };
        groups.push(t.slice(k, k + 2));
        j = k + 2;
      }
    }
  }
  let k = j;
  if (t[k] === ' ' || t[k] === '\u00a0' || t[k] === '\u202f') k++;
  const percent = t[k] === '%' || t[k] === '\u066a' || t[k] === '\uff05';
  return { start, end: j, groups, seps, leadingDot, dashDecimal, looseDecimal, euroDecimal, percent };
}

/** Every number in the (ASCII-digit) text, left to right. */
export function scanNumbers(t: string): RawNumber[] {
  let euroCount = 0;
  for (let i = 0; i < t.length && euroCount < 2; i++) if (t[i] === '€') euroCount++;
  const numbers: RawNumber[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t[i]!;
    let startsNumber = false;
    if (isDigit(c)) startsNumber = true;
    else if (c === '.' && !isDigit(t[i - 1]) && !/[\p{L}.]/u.test(t[i - 1] ?? ' ')) {
      // ".75", "$..75": at most two leading dots, then a digit.
      startsNumber = isDigit(t[i + 1]) || (t[i + 1] === '.' && isDigit(t[i + 2]));
    }
    if (!startsNumber) {
      i++;
      continue;
    }
    const n = readNumber(t, i, euroCount);
    numbers.push(n);
    i = Math.max(n.end, i + 1);
  }
  return numbers;
}

/** What the rest of the text says about the decimal separator: the separator every clear number used. */
export type Style = '.' | ',' | null;

/** The decimal separator that the unambiguous numbers of a text agree on (null if none or mixed). */
export function decimalStyle(numbers: readonly RawNumber[]): Style {
  let point = 0;
  let comma = 0;
  for (const n of numbers) {
    if (n.percent || n.leadingDot || n.euroDecimal) continue;
    const marks = n.seps.filter((s): s is '.' | ',' => s === '.' || s === ',');
    if (marks.length === 0) continue;
    const last = marks[marks.length - 1]!;
    const kinds = new Set(marks);
    let decimal: '.' | ',' | null = null;
    if (kinds.size === 2 || n.looseDecimal) decimal = last;
    else if (marks.length >= 2) decimal = last === '.' ? ',' : '.';
    else if (n.groups[n.groups.length - 1]!.length <= 2) decimal = last;
    if (decimal === '.') point++;
    else if (decimal === ',') comma++;
  }
  if (point && !comma) return '.';
  if (comma && !point) return ',';
  return null;
}

export interface Resolved {
  /** Decimal string as written, grouping removed: "1234.50". */
  amount: string;
  /** The separator read as the decimal point, if any. */
  decimal: '.' | ',' | '€' | null;
  /** True when the reading rested on context (style, currency) rather than the number alone. */
  guessed: boolean;
}

function stripLeadingZeros(int: string): string {
  let k = 0;
  while (k < int.length - 1 && int[k] === '0') k++;
  return int.slice(k);
}

/**
 * Decides the decimal separator of a number. The rules, in order:
 * both '.' and ',' -> the last one is decimal; one of them twice or more -> grouping; once, followed by
 * 1, 2 or 4+ digits -> decimal; followed by exactly 3 digits (1.234 / 1,234) -> decimal only when the
 * integer part cannot be a group (0, or more than 3 digits, or spaces already group it), when the page's
 * other prices use that separator as decimal, or when the currency has 3 minor digits (KWD, BHD, OMR...);
 * otherwise grouping.
 */
export function resolveNumber(n: RawNumber, style: Style, minorDigits: number): Resolved {
  const { groups, seps } = n;
  if (n.euroDecimal) {
    const int = stripLeadingZeros(groups.slice(0, -1).join(''));
    return { amount: `${int}.${groups[groups.length - 1]!}`, decimal: '€', guessed: false };
  }
  if (n.leadingDot) {
    if (seps.includes('.')) {
      // "$.750.30": a stray dot before a number that has its own decimal point.
      return resolveNumber({ ...n, leadingDot: false }, style, minorDigits);
    }
    return { amount: `0.${groups.join('')}`, decimal: '.', guessed: false };
  }
  let decimalIndex = -1; // index into seps
  let guessed = false;
  const marks: number[] = [];
  seps.forEach((s, i) => {
    if (s === '.' || s === ',') marks.push(i);
  });
  if (n.dashDecimal === null && marks.length > 0) {
    const lastIndex = marks[marks.length - 1]!;
    const last = seps[lastIndex] as '.' | ',';
    const sameCount = marks.filter((i) => seps[i] === last).length;
    const kinds = new Set(marks.map((i) => seps[i]));
    const fraction = groups[lastIndex + 1]!;
    if (n.looseDecimal || kinds.size === 2) decimalIndex = lastIndex;
    else if (sameCount >= 2) decimalIndex = -1;
    else if (fraction.length !== 3) decimalIndex = lastIndex;
    else {
      guessed = true;
      const intPart = groups.slice(0, lastIndex + 1 - 0).slice(0, lastIndex + 1);
      const spaced = seps.slice(0, lastIndex).some((s) => s === 'space' || s === "'");
      const firstGroup = intPart[0]!;
      if (spaced || firstGroup.length > 3 || (firstGroup === '0' && lastIndex === 0)) decimalIndex = lastIndex;
      else if (style !== null) decimalIndex = style === last ? lastIndex : -1;
      else if (minorDigits === 3 && last === '.') decimalIndex = lastIndex;
      else decimalIndex = -1;
    }
  }
  if (decimalIndex < 0) {
    return {
      amount: stripLeadingZeros(groups.join('')),
      decimal: n.dashDecimal,
      guessed,
    };
  }
  const int = stripLeadingZeros(groups.slice(0, decimalIndex + 1).join(''));
  const frac = groups.slice(decimalIndex + 1).join('');
  return { amount: `${int}.${frac}`, decimal: seps[decimalIndex] as '.' | ',', guessed };
}
