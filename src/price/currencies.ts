// Currency symbols, words and ISO 4217 codes, and a linear scanner that finds them in text.
//
// Each written form maps to an ISO code, or to null where the form is real but the code cannot be known
// from it alone ("kr" is SEK, NOK, DKK or ISK; "₨" is several rupees). A bare "$" is read as USD and a bare
// "¥" as CNY (the product's markets); a nearby code ("NZD $5", hint "CAD") overrides such a default.

export interface CurrencyForm {
  /** As written on the page. */
  form: string;
  /** ISO 4217 code, or null when the form does not tell which currency. */
  code: string | null;
  /** 'code': a three-letter ISO code; 'symbol': a sign or abbreviation; 'default': a symbol whose code is a guess. */
  kind: 'code' | 'symbol' | 'default';
  /** Weak forms count only right next to a number (a single letter, a lower-case code). */
  weak: boolean;
  /** Matched without regard to case. */
  caseless: boolean;
}

/** Digits after the decimal point (ISO 4217 minor units) where they are not 2. */
export const MINOR_UNITS: Readonly<Record<string, number>> = {
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

/** Codes in ISO 4217 (current, plus the euro's predecessors that still appear on old pages). */
const ISO_CODES = `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD
HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD
MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS
UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL ATS BEF DEM ESP FIM FRF GRD IEP ITL LUF NLG PTE
EEK LVL LTL SIT SKK CYP MTL`.split(/\s+/);

/** Lower-case codes seen on real pages; other lower-case three-letter words are too often plain words. */
const LOWER_CASE_CODES = new Set([
  'eur',
  'usd',
  'gbp',
  'pln',
  'nzd',
  'sek',
  'nok',
  'dkk',
  'chf',
  'czk',
  'huf',
  'rub',
  'uah',
  'cny',
  'rmb',
  'jpy',
  'aud',
  'cad',
  'sgd',
  'hkd',
  'inr',
  'ron',
  'bgn',
  'brl',
  'zar',
]);

/** Symbols and words: form -> ISO code (null: real currency, code unknown). Longest forms win. */
const SYMBOLS: Array<[string, string | null]> = [
  // Dollars and their prefixed variants (before the bare $).
  ['US$', 'USD'],
  ['USD$', 'USD'],
  ['CA$', 'CAD'],
  ['CAD$', 'CAD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['AUD$', 'AUD'],
  ['NZ$', 'NZD'],
  ['NZD$', 'NZD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['S$', 'SGD'],
  ['SGD$', 'SGD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
  ['AR$', 'ARS'],
  ['CL$', 'CLP'],
  ['CO$', 'COP'],
  ['RD$', 'DOP'],
  ['TT$', 'TTD'],
  ['J$', 'JMD'],
  ['BZ$', 'BZD'],
  ['BN$', 'BND'],
  ['Bds$', 'BBD'],
  ['CUC$', 'CUC'],
  ['MOP$', 'MOP'],
  ['N$', 'NAD'],
  ['T$', 'TOP'],
  ['WS$', 'WST'],
  ['Z$', 'ZWL'],
  ['$U', 'UYU'],
  ['CV$', 'CVE'],
  // Signs.
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['￡', 'GBP'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['₪', 'ILS'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['₺', 'TRY'],
  ['₼', 'AZN'],
  ['₾', 'GEL'],
  ['֏', 'AMD'],
  ['₮', 'MNT'],
  ['৳', 'BDT'],
  ['₲', 'PYG'],
  ['₡', 'CRC'],
  ['₭', 'LAK'],
  ['៛', 'KHR'],
  ['₸', 'KZT'],
  ['₵', 'GHS'],
  ['GH₵', 'GHS'],
  ['E£', 'EGP'],
  ['LE', 'EGP'],
  ['SY£', 'SYP'],
  ['LB£', 'LBP'],
  ['CN¥', 'CNY'],
  ['JP¥', 'JPY'],
  ['₨', null],
  ['ƒ', null],
  ['₣', null],
  ['₶', null],
  ['₿', null],
  ['﷼', null],
  ['¢', null],
  // Chinese and Japanese.
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['RMB', 'CNY'],
  ['块', 'CNY'],
  ['圆', 'CNY'],
  ['圓', null],
  ['円', 'JPY'],
  ['日元', 'JPY'],
  ['美元', 'USD'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['港币', 'HKD'],
  ['港元', 'HKD'],
  ['yen', 'JPY'],
  // Euro words (en, fi, de, it, es, ...).
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['euroa', 'EUR'],
  ['euron', 'EUR'],
  ['eur', 'EUR'],
  ['EUR', 'EUR'],
  // Nordic, Central and Eastern Europe.
  ['kr', null],
  ['kr.', null],
  ['Kr', null],
  [',-kr', null],
  ['zł', 'PLN'],
  ['Zł', 'PLN'],
  ['ZŁ', 'PLN'],
  ['Kč', 'CZK'],
  ['Ft', 'HUF'],
  ['lei', 'RON'],
  ['LEI', 'RON'],
  ['Lei', 'RON'],
  ['лв', 'BGN'],
  ['лв.', 'BGN'],
  ['kn', 'HRK'],
  ['KM', 'BAM'],
  ['Lek', 'ALL'],
  ['ден', 'MKD'],
  ['ДЕН', 'MKD'],
  ['дин.', 'RSD'],
  ['din', 'RSD'],
  ['Fr.', 'CHF'],
  ['SFr.', 'CHF'],
  ['CHF', 'CHF'],
  ['TL', 'TRY'],
  // Roubles, hryvnias, tenge.
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['рублей', 'RUB'],
  ['рубля', 'RUB'],
  ['рубль', 'RUB'],
  ['р.', 'RUB'],
  ['Р', 'RUB'],
  ['р', 'RUB'],
  ['грн.', 'UAH'],
  ['грн', 'UAH'],
  ['hrn', 'UAH'],
  ['тңг', 'KZT'],
  ['ман.', 'AZN'],
  // Asia and Africa.
  ['Rp', 'IDR'],
  ['RM', 'MYR'],
  ['Rs', 'INR'],
  ['Rs.', 'INR'],
  ['บาท', 'THB'],
  ['đ', 'VND'],
  ['원', 'KRW'],
  ['KSh', 'KES'],
  ['TSh', 'TZS'],
  ['USh', 'UGX'],
  ['FBu', 'BIF'],
  ['FG', 'GNF'],
  ['RF', 'RWF'],
  ['FRw', 'RWF'],
  ['MT', 'MZN'],
  ['MK', 'MWK'],
  ['UM', 'MRU'],
  ['Nu', 'BTN'],
  ['Vt', 'VUV'],
  ['FCFA', null],
  ['CFA', null],
  ['KD', 'KWD'],
  ['BD', 'BHD'],
  ['DT', 'TND'],
  ['LD', 'LYD'],
  ['Dh', null],
  ['Dhs', 'AED'],
  ['R', 'ZAR'],
  // Arabic script (with and without the right-to-left mark).
  ['د.إ', 'AED'],
  ['درهم', null],
  ['ر.س', 'SAR'],
  ['ر.ق', 'QAR'],
  ['ر.ع', 'OMR'],
  ['ر.ي', 'YER'],
  ['د.ك', 'KWD'],
  ['د.ب', 'BHD'],
  ['.د.ب', 'BHD'],
  ['د.أ', 'JOD'],
  ['د.ا', 'JOD'],
  ['د.ع', 'IQD'],
  ['د.ج', 'DZD'],
  ['د.م', 'MAD'],
  ['د.ت', 'TND'],
  ['د.ل', 'LYD'],
  ['ل.ل', 'LBP'],
  ['ل.س', 'SYP'],
  ['ج.م', 'EGP'],
  ['ج.س', 'SDG'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['جنيه', null],
  ['تومان', null],
  ['دينار كويتي', 'KWD'],
  ['دينار أردني', 'JOD'],
  ['ش.ج', 'ILS'],
  ['ש"ח', 'ILS'],
  ["ש'ח", 'ILS'],
];

/** Forms that are symbols only in some places: counted only right next to a number. */
const WEAK_FORMS = new Set([
  'R',
  'р',
  'Р',
  'đ',
  'KM',
  'MT',
  'MK',
  'UM',
  'RF',
  'FG',
  'BD',
  'LD',
  'DT',
  'KD',
  'Nu',
  'Vt',
  'din',
  'kn',
  'TL',
  'Dh',
  'RM',
  '块',
  '圆',
  'yen',
  'eur',
  'euro',
  'LE',
  'pound',
  'pounds',
]);

/** Codes that are also everyday upper-case words or brands ("ALL SALES FINAL", "AMD Ryzen"). */
const WORDLIKE_CODES = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MAD',
  'BOB',
  'GEL',
  'PEN',
  'SOS',
  'TRY',
  'MOP',
  'AMD',
  'BAM',
  'LAK',
  'ERN',
  'DOP',
  'GIP',
  'SHP',
  'CVE',
  'TMT',
  'MUR',
  'PAB',
  'SLE',
  'ITL',
  'ESP',
]);

/** Forms whose code is a default guess rather than a fact. */
export const DEFAULTED: Readonly<Record<string, string>> = { $: 'USD', '¥': 'CNY', '￥': 'CNY', '＄': 'USD' };

function buildForms(): CurrencyForm[] {
  const forms: CurrencyForm[] = [];
  for (const code of ISO_CODES)
    forms.push({ form: code, code, kind: 'code', weak: WORDLIKE_CODES.has(code), caseless: false });
  for (const code of LOWER_CASE_CODES) {
    if (code === 'rmb') continue;
    forms.push({ form: code, code: code.toUpperCase(), kind: 'code', weak: true, caseless: false });
  }
  for (const [form, code] of SYMBOLS) {
    if (form === 'EUR' || form === 'eur') continue;
    forms.push({ form, code, kind: 'symbol', weak: WEAK_FORMS.has(form), caseless: false });
  }
  for (const [form, code] of Object.entries(DEFAULTED))
    forms.push({ form, code, kind: 'default', weak: false, caseless: false });
  return forms;
}

/**
 * Forms indexed by first character, longest first. Built on the first price read, not when the module loads:
 * the content script loads on pages that turn out not to be shops, and those never read a price.
 */
let formsByFirst: Map<string, CurrencyForm[]> | null = null;
function byFirstCharacter(): Map<string, CurrencyForm[]> {
  if (formsByFirst) return formsByFirst;
  const index = new Map<string, CurrencyForm[]>();
  for (const f of buildForms()) {
    const first = f.form[0]!;
    const list = index.get(first);
    if (list) list.push(f);
    else index.set(first, [f]);
  }
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
  formsByFirst = index;
  return index;
}

const LETTER = /\p{L}/u;

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

export interface CurrencyHit {
  start: number;
  end: number;
  form: CurrencyForm;
}

function endsInLetter(form: string): boolean {
  return isLetter(form[form.length - 1]);
}

/**
 * Every currency form in the text, left to right, not overlapping (longest match at each position). A form
 * that starts or ends with a letter must not touch another letter there (so "Р" is not found in "Руб",
 * "EUR" not in "EUROPE"). Linear: at most a few candidates of bounded length per position.
 */
export function scanCurrencies(text: string): CurrencyHit[] {
  const hits: CurrencyHit[] = [];
  const byFirst = byFirstCharacter();
  let i = 0;
  while (i < text.length) {
    const candidates = byFirst.get(text[i]!);
    let hit: CurrencyHit | null = null;
    if (candidates) {
      for (const form of candidates) {
        if (!text.startsWith(form.form, i)) continue;
        const end = i + form.form.length;
        if (isLetter(form.form[0]) && isLetter(text[i - 1])) continue;
        if (endsInLetter(form.form) && isLetter(text[end])) continue;
        hit = { start: i, end, form };
        break;
      }
    }
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}

/** True for a form whose code is only a default and may be refined by a nearby code ("NZD $", "kr" + "SEK"). */
export function isVague(form: CurrencyForm): boolean {
  return form.kind === 'default' || form.code === null;
}

/** Whether a vague form is compatible with a specific code: "$" with any dollar, "kr" with SEK/NOK/DKK/ISK. */
export function refines(vague: CurrencyForm, code: string): boolean {
  const f = vague.form;
  if (f === '$' || f === '＄')
    return (
      code.endsWith('D') ||
      ['BRL', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'CUC', 'MOP', 'TOP', 'WST', 'ZWL', 'CVE'].includes(code)
    );
  if (f === '¥' || f === '￥') return code === 'CNY' || code === 'JPY';
  if (f.toLowerCase().startsWith('kr') || f === ',-kr') return ['SEK', 'NOK', 'DKK', 'ISK'].includes(code);
  if (f === '₨') return ['INR', 'PKR', 'NPR', 'LKR', 'MUR', 'SCR'].includes(code);
  if (f === 'Dh' || f === 'درهم') return code === 'AED' || code === 'MAD';
  return false;
}

/** Digits after the point for a code (2 unless listed). */
export function minorUnits(code: string | null): number {
  return code ? (MINOR_UNITS[code] ?? 2) : 2;
}
