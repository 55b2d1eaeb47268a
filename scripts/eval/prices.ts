// price-strings.dev.jsonl: amount accuracy (exact, by numeric equality of decimal strings) on the rows not
// marked xfail, the same on xfail rows for information, and currency accuracy where the page's currency
// maps to one ISO code. Rows are sent through the command line exactly as an outsider would send them.
import { decEquals } from '../../src/price/decimal';
import { corpusFile, fmt, readText, runCli, type Floor } from './shared';

const AMOUNT_FLOOR = 0.99;

interface PriceRow {
  id: string;
  list: string;
  text: string | null;
  currencyHint: string | null;
  amount: string | null;
  currency: string | null;
  xfail: boolean;
}

/**
 * The ISO code of a currency as a page wrote it, where the written form says it alone. Kept apart from
 * src/price/currencies.ts on purpose, so the evaluation does not grade the parser against its own table.
 * Left out: '$' (many dollars), 'kr' (four crowns), '₨', 'ƒ', 'R' and other forms of several currencies.
 */
const EXPECTED_ISO: Record<string, string> = {
  '€': 'EUR',
  EUR: 'EUR',
  euro: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  Kč: 'CZK',
  zł: 'PLN',
  PLN: 'PLN',
  pln: 'PLN',
  'руб.': 'RUB',
  руб: 'RUB',
  'р.': 'RUB',
  Р: 'RUB',
  '₽': 'RUB',
  R$: 'BRL',
  Rp: 'IDR',
  '₫': 'VND',
  'грн.': 'UAH',
  грн: 'UAH',
  lei: 'RON',
  LEI: 'RON',
  TL: 'TRY',
  '₪': 'ILS',
  AED: 'AED',
  KD: 'KWD',
  HUF: 'HUF',
  DKK: 'DKK',
  SGD: 'SGD',
  CHF: 'CHF',
  'Fr.': 'CHF',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NT$: 'TWD',
  TT$: 'TTD',
  '₼': 'AZN',
  RM: 'MYR',
  GEL: 'GEL',
  лв: 'BGN',
  'лв.': 'BGN',
  '₦': 'NGN',
  '₴': 'UAH',
  '₺': 'TRY',
  '₮': 'MNT',
  '֏': 'AMD',
  '৳': 'BDT',
  Ft: 'HUF',
  RON: 'RON',
  USD: 'USD',
  US$: 'USD',
  OMR: 'OMR',
  PTE: 'PTE',
  DEM: 'DEM',
  NZD: 'NZD',
  Rs: 'INR',
  '฿': 'THB',
  MOP$: 'MOP',
  CUC$: 'CUC',
  J$: 'JMD',
  BZ$: 'BZD',
  Z$: 'ZWL',
};

const same = (got: unknown, want: string | null): boolean =>
  want === null ? got === null : typeof got === 'string' && decEquals(got, want);

export function evaluatePrices(file = 'price-strings.dev.jsonl'): Floor[] | null {
  const path = corpusFile(file);
  if (!path) {
    console.log(`prices: skipped, ${file} not found (../shared is absent)`);
    return null;
  }
  const rows: PriceRow[] = readText(path)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PriceRow);
  // The contract's text is a string; a row without text is sent as the empty string.
  const { outputs, seconds } = runCli(
    'prices',
    rows.map((r) => ({ id: r.id, text: r.text, currencyHint: r.currencyHint })),
  );

  const verbose = process.argv.includes('--verbose');
  let strict = 0;
  let strictRight = 0;
  let xfail = 0;
  let xfailRight = 0;
  let currencyRows = 0;
  let currencyRight = 0;
  const mistakes: string[] = [];
  rows.forEach((row, i) => {
    const out = outputs[i]!;
    const right = same(out.amount, row.amount);
    if (row.xfail) {
      xfail++;
      if (right) xfailRight++;
    } else {
      strict++;
      if (right) strictRight++;
    }
    const show = (x: unknown) => JSON.stringify(x ?? null);
    if (!right) {
      mistakes.push(
        `  ${row.id}${row.xfail ? ' (xfail)' : ''} amount ${show(out.amount)} want ${show(row.amount)}: ${show(row.text)} hint ${show(row.currencyHint)}`,
      );
    }
    const iso = row.currency === null ? undefined : EXPECTED_ISO[row.currency.trim()];
    if (iso && !row.xfail) {
      currencyRows++;
      if (out.currency === iso) currencyRight++;
      else
        mistakes.push(
          `  ${row.id} currency ${show(out.currency)} want ${iso} (${row.currency}): ${show(row.text)} hint ${show(row.currencyHint)}`,
        );
    }
  });

  const amountAccuracy = strict ? strictRight / strict : 1;
  console.log(
    `\nprices (${file}): ${rows.length} strings, ${(rows.length / seconds).toFixed(0)} strings/s through the cli`,
  );
  console.log(`amount exact     ${fmt(amountAccuracy)}  (${strictRight}/${strict}, rows not marked xfail)`);
  console.log(`amount on xfail  ${fmt(xfail ? xfailRight / xfail : 1)}  (${xfailRight}/${xfail}, for information)`);
  console.log(
    `currency (ISO)   ${fmt(currencyRows ? currencyRight / currencyRows : 1)}  (${currencyRight}/${currencyRows}, rows whose written currency names one ISO code)`,
  );
  if (verbose && mistakes.length) {
    console.log('mistakes:');
    for (const m of mistakes) console.log(m);
  } else if (mistakes.length) console.log(`${mistakes.length} mistakes (--verbose lists them)`);
  return [{ name: 'prices: amount accuracy (non-xfail)', value: amountAccuracy, floor: AMOUNT_FLOOR }];
}
