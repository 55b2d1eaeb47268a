// Reading the words right before or after a price ("was", "list price", "/kk"), shared by the text facts
// (src/price/facts.ts) and the DOM pairing (src/page/price-pairs.ts).

/** Words right before a price that make it a reference price: was, list price, MSRP, ovh., 原价... */
export const ANCHOR_BEFORE: readonly string[] = [
  'was',
  'list',
  'list price',
  'msrp',
  'rrp',
  'srp',
  'reg',
  'regular',
  'regular price',
  'retail',
  'retail price',
  'original price',
  'originally',
  'orig',
  'compare at',
  'compare at price',
  'compare to',
  'before',
  'typical price',
  'usual price',
  'usually',
  'normal price',
  'normally',
  'market price',
  'value',
  'valued at',
  'worth',
  'norm',
  'norm. hinta',
  'normaalihinta',
  'ovh',
  'ohjehinta',
  'suositushinta',
  'ennen',
  'aiemmin',
  'alkuperäinen hinta',
  'listahinta',
  'norm. hinta',
  'ovh-hinta',
  '原价',
  '划线价',
  '参考价',
  '市场价',
  '吊牌价',
  '专柜价',
  '门市价',
  '建议零售价',
  '日常价',
  '原售价',
  '零售价',
  'typical',
];

/** Words right after a price that make it a reference price: "a $150 value". */
export const ANCHOR_AFTER: readonly string[] = ['value', 'arvo'];

/** Whether a character is a Latin letter: such words need a boundary; CJK words do not. */
export function isLatin(c: string | undefined): boolean {
  return c !== undefined && /[a-zäöå]/.test(c);
}

/** The text before a price with spaces, colons, dots, dashes and brackets trimmed from its end. */
export function trimTail(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t\n:.-–(\u00a0'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** The text after a price with spaces and brackets trimmed from its start. */
export function trimHead(s: string): string {
  let start = 0;
  while (start < s.length && ' \t\n()\u00a0'.includes(s[start]!)) start++;
  return s.slice(start);
}

/** The longest of the words that `s` ends with, as a whole word. */
export function endsWithWord(s: string, words: readonly string[]): string | null {
  const tail = trimTail(s);
  let best: string | null = null;
  for (const w of words) {
    if (!tail.endsWith(w)) continue;
    if (isLatin(w[0]) && isLatin(tail[tail.length - w.length - 1])) continue;
    if (!best || w.length > best.length) best = w;
  }
  return best;
}

/** The first of the words that `s` starts with, as a whole word. */
export function startsWithWord(s: string, words: readonly string[]): string | null {
  const head = trimHead(s);
  for (const w of words) {
    if (!head.startsWith(w)) continue;
    if (isLatin(w[w.length - 1]) && isLatin(head[w.length])) continue;
    return w;
  }
  return null;
}
