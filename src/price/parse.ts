// Price parsing: a first simple version; see issue 4 for the full one.

export interface ParsedPrice {
  /** Decimal string, never a binary float: "1234.5". */
  amount: string;
  /** ISO 4217 code where it can be known. */
  currency: string | null;
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' };

export function parsePrice(text: string, currencyHint?: string | null): ParsedPrice | null {
  const number = /\d+(?:[.,]\d+)?/.exec(text);
  if (!number) return null;
  const amount = number[0].replace(',', '.');
  const symbol = Object.keys(SYMBOLS).find((s) => text.includes(s) || currencyHint?.includes(s));
  return { amount, currency: symbol ? SYMBOLS[symbol]! : null };
}
