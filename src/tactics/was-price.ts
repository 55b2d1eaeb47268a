import type { Fact } from '../core/facts';
import { defineTactic, type LayoutFacts } from '../core/types';
import { compare, dec, decEquals } from '../price/decimal';
import { discountFacts, priceFacts } from '../price/facts';
import { parsePrice } from '../price/parse';

const DISCOUNT_KINDS = new Set<Fact['kind']>(['discount', 'anchor-ratio', 'claimed-discount-mismatch']);

/**
 * The discount facts of a struck-through price and the live price the page side paired with it (the first
 * struck price above the live one), or null when the layout shows no such pair.
 */
export function layoutDiscountFacts(layout: LayoutFacts | undefined): Fact[] | null {
  const liveText = layout?.livePrice;
  if (!liveText || !layout.struckPrices?.length) return null;
  const live = parsePrice(liveText);
  const price = live && dec(live.amount);
  if (!live || !price) return null;
  for (const struckText of layout.struckPrices) {
    const anchor = parsePrice(struckText, liveText);
    const a = anchor && dec(anchor.amount);
    if (!anchor || !a || compare(a, price) <= 0) continue;
    if (anchor.currency && live.currency && anchor.currency !== live.currency) continue;
    const facts = discountFacts(anchor.amount, live.amount, { currency: live.currency ?? anchor.currency });
    if (facts.length) return facts;
  }
  return null;
}

/**
 * The block's own price facts; when its layout pairs a struck price with a live one, that pair's discount
 * instead of a discount read from the words, unless the words give the same two prices (then they also
 * carry the page's claims, "-30%").
 */
function wasPriceFacts(text: string, layout: LayoutFacts | undefined): Fact[] {
  const fromText = priceFacts(text);
  const fromLayout = layoutDiscountFacts(layout);
  if (!fromLayout) return fromText;
  const pair = fromLayout[0] as Extract<Fact, { kind: 'discount' }>;
  const agrees = fromText.some(
    (f) => f.kind === 'discount' && decEquals(f.anchor, pair.anchor) && decEquals(f.price, pair.price),
  );
  if (agrees) return fromText;
  return [...fromLayout, ...fromText.filter((f) => !DISCOUNT_KINDS.has(f.kind))];
}

// A former price shown next to the current one ("Was $59.99", "原价", "Norm. 59,90 €"), or a price drawn struck
// through: the first number seen becomes the anchor the real price is judged against (Tversky & Kahneman 1974).

export default defineTactic({
  id: 'was-price',
  family: 'anchoring',
  severity: 'medium',
  keywords: {
    en: [
      'was',
      'originally',
      'orig',
      'original',
      'formerly',
      'previously',
      'reg',
      'regular',
      'usual',
      'normal',
      'before',
    ],
    zh: ['原价', '原售价', '原零售价', '日常价', '平时', '平常', '往常', '常规价', '之前', '以前', '正常价', '昔日'],
    fi: ['ennen', 'norm', 'alkuperäi', 'aiempi', 'aikaisempi', 'entinen', 'tavallinen hinta', 'vanha hinta'],
  },
  cues: {
    en: [
      /\bwas:? ?(?:[$€£¥]|usd ?|eur ?|gbp ?|us ?\$|c\$|a\$|rs\.? ?)\d+(?:[.,]\d+)*/,
      /\bwas:? ?\d+(?:[.,]\d+)? ?(?:€|eur|kr|usd|dollars|euros)(?![a-z])/,
      /\b(?:originally|orig\.?|formerly|previously|regularly|reg\.?|regular(?: price)?|usual(?: price)?|normal(?: price)?|normally|before)\s?:? ?(?:priced at |at |was |sold for |sells for |retails? (?:at|for) )?(?:[$€£¥]|usd ?|eur ?|gbp ?)\d+(?:[.,]\d+)*/,
      /\b(?:originally|formerly|previously|regularly|normally)(?: priced| sold)? (?:at |for )?\d+(?:[.,]\d+)? ?(?:€|eur|kr|usd|dollars|euros)(?![a-z])/,
      /\boriginal(?:ly)? (?:price|retail)\b/,
      /\b(?:regular|reg\.?) price:?(?= ?\d| ?\$| ?€| ?£|$|\s)/,
      /\b(?:\d+ ?% )?off (?:the |our )?(?:original|regular|previous|usual|normal) price\b/,
    ],
    zh: [
      /原(?:价|售价|零售价|来的价格)(?![退返赔路])/,
      /(?:日常|平时|平常|往常|常规|正常|之前|以前|昔日)售?价格?\s?:?\s?[¥$]?\s?\d+(?:[.,]\d+)*/,
      /(?:日常价|常规价|正常售价)/,
      /(?:平时|以前|之前|往常|平常)都?(?:[卖要售]|标价)\s?[¥$]?\s?\d+(?:[.,]\d+)*/,
    ],
    fi: [
      /\bnorm\.?:? ?(?:€ ?)?\d+(?:[.,]\d+)*/,
      /\bennen:? ?(?:€ ?)?\d+(?:[,.]\d+)? ?(?:€|e(?![a-zåäö])|eur)/,
      /\bennen (?:alennusta|alennuksia|kampanjaa|tarjousta)\b/,
      /\b(?:normaali|ovh-normaali)hin(?:ta|nan|nasta|taan|nat)\b/,
      /\b(?:alkuperäi\w*|aiempi|aiemman|aikaisempi|aikaisemman|entinen|entisen|vanha|vanhan|tavallinen|tavallisen) hin(?:ta|nan|nasta|taan|nat)\b/,
      /\bhinta ennen\b/,
    ],
  },
  exceptions: {
    en: [/\bwas [$€£]\d+(?:[.,]\d+)? (?:cheaper|less|more|higher|lower|off|over|under)\b/],
    zh: [/原路退|原价退|原价赔|原价返/],
    fi: [/\bennen (?:klo|kello) /],
  },
  fromLayout: (layout) => Boolean(layout.struckPrices?.length),
  facts: (text, context) => wasPriceFacts(text, context.block.layout),
  explanation: {
    en: {
      name: 'Was-price (former price)',
      what: 'The page shows an earlier, higher price next to the current one, in words or struck through.',
      why: 'The first number we see becomes an anchor, and later numbers are judged against it rather than on their own, so a high "was" price makes the current price feel like a bargain. The anchor works even when we know it is arbitrary, and a shopper rarely knows whether anyone actually paid the old price.',
      source:
        'Tversky & Kahneman (1974), "Judgment under uncertainty: heuristics and biases" (anchoring and adjustment).',
      questions: [
        'Was the product really sold at the old price, and for how long?',
        'What is the lowest price in the last 30 days, or at other shops?',
        'Would I pay the current price if there were no old price next to it?',
      ],
    },
    zh: {
      name: '原价对比',
      what: '页面在现价旁边列出更高的"原价",用文字写出或划线显示。',
      why: '人最先看到的数字会变成"锚",之后的价格都拿它来比,而不是单独去衡量;原价写得越高,现价就显得越便宜。即使明知这个数字是随意定的,锚定效应依然起作用,而顾客几乎无法知道真有人按原价买过。',
      source: 'Tversky 与 Kahneman(1974)《不确定状况下的判断:启发式与偏差》(锚定与调整)。',
      questions: [
        '这个"原价"真的卖过吗?卖了多久?',
        '最近30天或其他店里的最低价是多少?',
        '如果旁边没有原价,我愿意付现在这个价吗?',
      ],
    },
    fi: {
      name: 'Entinen hinta',
      what: 'Sivu näyttää nykyisen hinnan vieressä aiemman, korkeamman hinnan sanoin tai yliviivattuna.',
      why: 'Ensimmäisenä nähty luku muuttuu ankkuriksi, ja myöhempiä lukuja verrataan siihen eikä arvioida sellaisenaan, joten korkea entinen hinta saa nykyisen tuntumaan edulliselta. Ankkuri vaikuttaa silloinkin, kun tiedämme sen mielivaltaiseksi, eikä ostaja yleensä tiedä, ostiko kukaan tuotetta vanhalla hinnalla.',
      source: 'Tversky & Kahneman (1974), "Judgment under uncertainty: heuristics and biases" (ankkurointi).',
      questions: [
        'Myytiinkö tuotetta oikeasti entisellä hinnalla, ja kuinka kauan?',
        'Mikä on alin hinta viimeisen 30 päivän aikana tai muissa kaupoissa?',
        'Maksaisinko nykyisen hinnan, jos vanhaa hintaa ei näytettäisi?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Was: $59.99 Now: $24.99',
        'Reg. $40.00 Sale $19.99',
        'Originally $250',
        'Regular price $40.00 Sale price $19.99',
        'Now $29 (was $49)',
        '30% off the original price',
        'Previously £80, now £55',
        'Orig. $120',
      ],
      clean: [
        'Our price: $19.99',
        'It was great, five stars',
        'Price: $24.99',
        'Regular fit, 100% cotton',
        'Was this review helpful?',
        'It was $20 cheaper last week',
      ],
    },
    zh: {
      flagged: ['原价:¥399', '原价399 现价199', '日常价299元,活动价199元', '平时卖89元,今天只要49', '原售价1299元'],
      clean: ['运费:¥10', '原路退回', '原装正品', '到手价299元'],
    },
    fi: {
      flagged: [
        'Norm. 59,90 €',
        'Ennen 89,90 €, nyt 49,90 €',
        'Norm 29,95 € – nyt 19,95 €',
        'Normaalihinta 120 €',
        'Alkuperäinen hinta 79 €',
      ],
      clean: [
        'Hinta sisältää arvonlisäveron',
        'Ennen klo 14 tehdyt tilaukset lähtevät samana päivänä',
        'Gluteeniton',
        'Hinta 19,90 €',
      ],
    },
  },
});
