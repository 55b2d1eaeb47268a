// Computed facts (src/core/facts.ts) as plain sentences with the numbers, in en, zh and fi. The sentences
// observe: they say what the page's own numbers add up to, never that the shop is wrong.
import type { Fact } from '../core/facts';
import type { Lang } from '../core/vocabulary';

type Kind = Fact['kind'];
type FactOf<K extends Kind> = Extract<Fact, { kind: K }>;

const LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN', fi: 'fi-FI' };

/** An amount (a decimal string) with its currency, in the reader's language. */
export function money(amount: string, currency: string | null | undefined, lang: Lang): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  const decimals = amount.includes('.') ? Math.min(2, amount.split('.')[1]!.length) : 0;
  const fractionDigits = decimals === 0 ? 0 : 2;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(LOCALE[lang], {
        style: 'currency',
        currency,
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: 2,
      }).format(value);
    } catch {
      // An unknown currency code: fall through to the plain number.
    }
  }
  const plain = new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: 2,
  }).format(value);
  return currency ? `${plain} ${currency}` : plain;
}

const ratioText = (ratio: number, lang: Lang): string =>
  new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(ratio);

/** An ISO day ("2025-01-31") as a date in the reader's language; the text itself when it is not one. */
export function dayText(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const day = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

/** Two amounts with the same number of decimals, so "$499.00" and "$429" read as "$499.00" and "$429.00". */
function alike(a: string, b: string): [string, string] {
  const places = (x: string): number => (x.includes('.') ? x.split('.')[1]!.length : 0);
  const pad = (x: string, n: number): string =>
    places(x) >= n ? x : `${x.includes('.') ? x : `${x}.`}${'0'.repeat(n - places(x))}`;
  const n = Math.max(places(a), places(b));
  return [pad(a, n), pad(b, n)];
}

type Writers = { [K in Kind]: (fact: FactOf<K>, lang: Lang) => string };

const m = money;

const EN: Writers = {
  discount: (f, l) =>
    `The reference price is ${m(f.anchor, f.currency, l)} and the price is ${m(f.price, f.currency, l)}: ${f.percent}% (${m(f.saving, f.currency, l)}) less.`,
  'anchor-ratio': (f, l) => `The was-price is ${ratioText(f.ratio, l)} times today's price.`,
  'claimed-discount-mismatch': (f, l) =>
    f.claimedSaving && f.computedSaving
      ? `The page says you save ${m(f.claimedSaving, f.currency, l)}; its own prices differ by ${m(f.computedSaving, f.currency, l)}.`
      : `The page says ${f.claimedPercent}% off; its own prices give ${f.computedPercent}%.`,
  'extra-spend': (f, l) => {
    const reward = {
      'free-shipping': 'free shipping',
      gift: 'the free gift',
      discount: f.rewardValue ? `the ${m(f.rewardValue, f.currency, l)} discount` : 'the discount',
      other: 'the offer',
    }[f.reward];
    const base = `To get ${reward} you would spend ${m(f.extra, f.currency, l)} more`;
    return f.threshold ? `${base} (the threshold is ${m(f.threshold, f.currency, l)}).` : `${base}.`;
  },
  'unit-price': (f, l) => {
    const total = f.total ? ` for ${m(f.total, f.currency, l)} together` : '';
    const single = f.price ? ` One on its own costs ${m(f.price, f.currency, l)}.` : '';
    return `With the offer one item costs ${m(f.unitPrice, f.currency, l)}, if you buy ${f.quantity}${total}.${single}`;
  },
  'instalment-total': (f, l) => {
    const base = `${f.count} payments of ${m(f.instalment, f.currency, l)} add up to ${m(f.total, f.currency, l)}`;
    if (f.extra === undefined) return `${base}.`;
    return Number(f.extra) > 0
      ? `${base}: ${m(f.extra, f.currency, l)} more than paying at once.`
      : `${base}: the same as paying at once.`;
  },
  'lowest-30-days': (f, l) => {
    const c = f.currency;
    const compare =
      f.percentVsLowest > 0
        ? `today's price is ${f.percentVsLowest}% below it`
        : f.percentVsLowest < 0
          ? `today's price is ${-f.percentVsLowest}% above it`
          : "today's price is the same";
    const anchor =
      f.anchor && f.anchorVsLowest !== undefined
        ? ` The was-price ${m(f.anchor, c, l)} is ${f.anchorVsLowest}% above that lowest price.`
        : '';
    return `The lowest price in the last 30 days was ${m(f.lowest, c, l)}; ${compare}.${anchor}`;
  },
  'countdown-ticking': () => 'The countdown on the page was counting down while Second Look watched it.',
  'pre-ticked': () => 'This box was already ticked before you touched it.',
  'anchor-above-history': (f, l) => {
    const [anchor, highest] = alike(f.anchor, f.highestSeen);
    return `The reference price ${m(anchor, f.currency, l)} is higher than any price you have seen for this product on this device since ${dayText(f.since, l)} (highest: ${m(highest, f.currency, l)}).`;
  },
};

const ZH: Writers = {
  discount: (f, l) =>
    `参考价 ${m(f.anchor, f.currency, l)},现价 ${m(f.price, f.currency, l)}:便宜 ${f.percent}%(${m(f.saving, f.currency, l)})。`,
  'anchor-ratio': (f, l) => `原价是今天价格的 ${ratioText(f.ratio, l)} 倍。`,
  'claimed-discount-mismatch': (f, l) =>
    f.claimedSaving && f.computedSaving
      ? `页面说可省 ${m(f.claimedSaving, f.currency, l)};按它自己的价格算,差价是 ${m(f.computedSaving, f.currency, l)}。`
      : `页面说优惠 ${f.claimedPercent}%;按它自己的价格算是 ${f.computedPercent}%。`,
  'extra-spend': (f, l) => {
    const reward = {
      'free-shipping': '包邮',
      gift: '赠品',
      discount: f.rewardValue ? `${m(f.rewardValue, f.currency, l)} 的优惠` : '优惠',
      other: '这项优惠',
    }[f.reward];
    const base = `要得到${reward},你需要再花 ${m(f.extra, f.currency, l)}`;
    return f.threshold ? `${base}(门槛是 ${m(f.threshold, f.currency, l)})。` : `${base}。`;
  },
  'unit-price': (f, l) => {
    const total = f.total ? `,合计 ${m(f.total, f.currency, l)}` : '';
    const single = f.price ? `单买一件是 ${m(f.price, f.currency, l)}。` : '';
    return `参加这个优惠需要买 ${f.quantity} 件${total},平均每件 ${m(f.unitPrice, f.currency, l)}。${single}`;
  },
  'instalment-total': (f, l) => {
    const base = `${f.count} 期,每期 ${m(f.instalment, f.currency, l)},合计 ${m(f.total, f.currency, l)}`;
    if (f.extra === undefined) return `${base}。`;
    return Number(f.extra) > 0 ? `${base}:比一次付清多 ${m(f.extra, f.currency, l)}。` : `${base}:与一次付清相同。`;
  },
  'lowest-30-days': (f, l) => {
    const c = f.currency;
    const compare =
      f.percentVsLowest > 0
        ? `今天的价格比它低 ${f.percentVsLowest}%`
        : f.percentVsLowest < 0
          ? `今天的价格比它高 ${-f.percentVsLowest}%`
          : '今天的价格与它相同';
    const anchor =
      f.anchor && f.anchorVsLowest !== undefined
        ? `原价 ${m(f.anchor, c, l)} 比这个最低价高 ${f.anchorVsLowest}%。`
        : '';
    return `过去 30 天的最低价是 ${m(f.lowest, c, l)};${compare}。${anchor}`;
  },
  'countdown-ticking': () => '“再看一眼”观察时,页面上的倒计时一直在走。',
  'pre-ticked': () => '这个选项在你操作之前就已经被勾选了。',
  'anchor-above-history': (f, l) => {
    const [anchor, highest] = alike(f.anchor, f.highestSeen);
    return `参考价 ${m(anchor, f.currency, l)} 高于自 ${dayText(f.since, l)} 以来你在本设备上看到的该商品的所有价格(最高为 ${m(highest, f.currency, l)})。`;
  },
};

const FI: Writers = {
  discount: (f, l) =>
    `Vertailuhinta on ${m(f.anchor, f.currency, l)} ja hinta ${m(f.price, f.currency, l)}: ${f.percent} % (${m(f.saving, f.currency, l)}) vähemmän.`,
  'anchor-ratio': (f, l) => `Entinen hinta on ${ratioText(f.ratio, l)}-kertainen tämän päivän hintaan verrattuna.`,
  'claimed-discount-mismatch': (f, l) =>
    f.claimedSaving && f.computedSaving
      ? `Sivun mukaan säästät ${m(f.claimedSaving, f.currency, l)}; sen omien hintojen ero on ${m(f.computedSaving, f.currency, l)}.`
      : `Sivu lupaa ${f.claimedPercent} % alennusta; sen omista hinnoista tulee ${f.computedPercent} %.`,
  'extra-spend': (f, l) => {
    const reward = {
      'free-shipping': 'ilmaisen toimituksen',
      gift: 'lahjan',
      discount: f.rewardValue ? `${m(f.rewardValue, f.currency, l)} alennuksen` : 'alennuksen',
      other: 'edun',
    }[f.reward];
    const base = `Saadaksesi ${reward} ostaisit ${m(f.extra, f.currency, l)} enemmän`;
    return f.threshold ? `${base} (raja on ${m(f.threshold, f.currency, l)}).` : `${base}.`;
  },
  'unit-price': (f, l) => {
    const total = f.total ? `, yhteensä ${m(f.total, f.currency, l)}` : '';
    const single = f.price ? ` Yksi erikseen maksaa ${m(f.price, f.currency, l)}.` : '';
    return `Tarjouksella yksi tuote maksaa ${m(f.unitPrice, f.currency, l)}, jos ostat ${f.quantity} kpl${total}.${single}`;
  },
  'instalment-total': (f, l) => {
    const base = `${f.count} erää à ${m(f.instalment, f.currency, l)} on yhteensä ${m(f.total, f.currency, l)}`;
    if (f.extra === undefined) return `${base}.`;
    return Number(f.extra) > 0
      ? `${base}: ${m(f.extra, f.currency, l)} enemmän kuin kertamaksulla.`
      : `${base}: sama kuin kertamaksulla.`;
  },
  'lowest-30-days': (f, l) => {
    const c = f.currency;
    const compare =
      f.percentVsLowest > 0
        ? `tämän päivän hinta on ${f.percentVsLowest} % sitä alempi`
        : f.percentVsLowest < 0
          ? `tämän päivän hinta on ${-f.percentVsLowest} % sitä korkeampi`
          : 'tämän päivän hinta on sama';
    const anchor =
      f.anchor && f.anchorVsLowest !== undefined
        ? ` Entinen hinta ${m(f.anchor, c, l)} on ${f.anchorVsLowest} % tätä alinta hintaa korkeampi.`
        : '';
    return `Alin hinta viimeisen 30 päivän aikana oli ${m(f.lowest, c, l)}; ${compare}.${anchor}`;
  },
  'countdown-ticking': () => 'Sivun ajastin kävi alaspäin, kun Second Look seurasi sitä.',
  'pre-ticked': () => 'Tämä ruutu oli valittu jo ennen kuin kosketit sitä.',
  'anchor-above-history': (f, l) => {
    const [anchor, highest] = alike(f.anchor, f.highestSeen);
    return `Vertailuhinta ${m(anchor, f.currency, l)} on korkeampi kuin yksikään hinta, jonka olet nähnyt tälle tuotteelle tällä laitteella ${dayText(f.since, l)} jälkeen (korkein: ${m(highest, f.currency, l)}).`;
  },
};

const WRITERS: Record<Lang, Writers> = { en: EN, zh: ZH, fi: FI };

/** Every kind of Fact, for tests that check each has a sentence in each language. */
export const FACT_KINDS = Object.keys(EN) as Kind[];

/**
 * A plain sentence for one fact, or null for a kind this build does not know (a message is validated loosely,
 * so a newer content script may send kinds the popup cannot word yet).
 */
export function factSentence(fact: { kind: string }, lang: Lang): string | null {
  const writer = (WRITERS[lang] as Record<string, ((f: never, l: Lang) => string) | undefined>)[fact.kind];
  if (!writer) return null;
  try {
    return writer(fact as never, lang);
  } catch {
    return null;
  }
}
