import { defineTactic } from '../core/types';
import { priceFacts } from '../price/facts';

// "Compare at $120", "$120 at other retailers": a reference price from somewhere else, which the shopper cannot
// see or check, set next to the price on the page.

export default defineTactic({
  id: 'compare-at',
  family: 'anchoring',
  severity: 'medium',
  keywords: {
    en: [
      'compare',
      'comp.',
      'comp ',
      'other retailers',
      'other stores',
      'other shops',
      'elsewhere',
      'in stores',
      'competitor',
      'retailers',
      ' vs',
    ],
    zh: ['对比价', '比价', '别家', '别的店', '其他', '外面', '商场', '专柜', '实体店', '线下', '门店', '同行'],
    fi: ['vertaa', 'vrt', 'muualla', 'muissa', 'kilpailij', 'kaupoissa', 'myymälöissä'],
  },
  cues: {
    en: [
      /\bcompare (?:at|to|with)\b:? ?(?:price:? ?)?(?:[$€£¥\d]|usd ?|eur ?)/,
      /\bcomp(?:are)?\.? (?:at|value|price)\b:? ?[$€£¥]?\d+(?:[.,]\d+)*/,
      /\bcompare at price\b/,
      /[$€£¥]\d+(?:[.,]\d+)?\+? (?:or more )?(?:at|in|from) (?:other|competing|leading|most|major|big[- ]box|department) (?:retailers?|stores?|shops?|sellers?|brands?)\b/,
      /\b(?:other|competing|leading|major|big[- ]box) (?:retailers|stores|shops|sellers|brands)\b(?:[^.!?\n]|\.\d){1,25}?\b(?:charge|sell|ask|price|prices|priced|retail)\b/,
      /\belsewhere:? ?[$€£¥]\d|[$€£¥]\d+(?:[.,]\d+)? elsewhere\b/,
      /\bvs\.? [$€£¥]\d+(?:[.,]\d+)?(?:[^.!?\n]|\.\d){1,20}?\b(?:elsewhere|in stores|retail|at (?:other|major))\b/,
      /\b(?:sells|retails|costs|goes) for [$€£¥]\d+(?:[.,]\d+)? (?:at|in) (?:other|most|major|department|brick)/,
      /\bcompetitors?'? (?:price|prices|charge)\b/,
    ],
    zh: [
      /对比价|比较价/,
      /(?:别家|别的店|其他(?:店|平台|商家|网店|渠道)|外面|商场|实体店|线下(?:门店)?|门店|同行)都?(?:要|卖|售价?|价格?|标价|普遍)\s?[¥$]?\s?\d+(?:[.,]\d+)*/,
      /(?:商场|实体店|线下|门店|超市)(?:同款)?(?:价|售价|零售价)/,
      /比(?:别家|其他平台|商场|专柜|实体店|线下|超市|同行)(?:便宜|低|省|划算)/,
    ],
    fi: [
      /\b(?:vertaa|vrt\.?)\s?:? ?(?:€ ?)?\d+(?:[,.]\d+)? ?(?:€|e(?![a-zåäö])|eur)/,
      /\bmuu(?:alla|ssa kaupassa|issa kaupoissa|issa liikkeissä|issa verkkokaupoissa)\b(?:[^.!?\n]|\.\d){0,25}?\d+(?:[,.]\d+)? ?(?:€|e(?![a-zåäö])|eur)/,
      /\bkilpailij[a-zåäö]*(?:[^.!?\n]|\.\d){0,25}?(?:\d+(?:[,.]\d+)? ?(?:€|e(?![a-zåäö])|eur)|hinta|hinnat|hinnan)/,
      /\b(?:kaupoissa|myymälöissä) (?:jopa |yleensä |noin |tavallisesti )?\d+(?:[,.]\d+)? ?(?:€|eur)/,
    ],
  },
  exceptions: {
    en: [/\bcompare (?:with|to) similar (?:items|products)\b/],
    fi: [/\bvertailuhin\w*/],
  },
  facts: (text) => priceFacts(text),
  explanation: {
    en: {
      name: 'Compare-at price',
      what: 'The page sets its price against a price said to be charged elsewhere.',
      why: 'A higher "compare at" price becomes the anchor against which the real price is judged, and it borrows credibility from shops you cannot see. You have no easy way to check which shops, which product, or when, so the comparison works mostly through the number itself.',
      source:
        'Tversky & Kahneman (1974) on anchoring; Urbany, Bearden & Weilbaker (1988) on advertised reference prices.',
      questions: [
        'Can I find this exact product at the compare-at price anywhere?',
        'What do other shops really charge today?',
      ],
    },
    zh: {
      name: '"别家卖"的对比价',
      what: '页面把自己的价格和"别处的价格"放在一起对比。',
      why: '一个更高的对比价会成为衡量现价的"锚",还借用了那些你看不到的商店的可信度。到底是哪家店、哪个型号、什么时候的价格,你很难核实,这种对比主要靠的是那个数字本身的冲击。',
      source: 'Tversky 与 Kahneman(1974)锚定效应;Urbany、Bearden 与 Weilbaker(1988)关于广告参考价的研究。',
      questions: ['我能在别处找到这个同款按对比价在卖吗?', '其他店今天实际卖多少钱?'],
    },
    fi: {
      name: 'Vertailuhinta muualta',
      what: 'Sivu vertaa hintaansa hintaan, jota muualla muka peritään.',
      why: 'Korkeampi vertailuhinta muuttuu ankkuriksi, johon todellista hintaa verrataan, ja se lainaa uskottavuutta kaupoilta, joita et näe. Et voi helposti tarkistaa, mistä kaupoista, tuotteesta tai ajankohdasta on kyse, joten vertailu toimii lähinnä itse luvun voimalla.',
      source:
        'Tversky & Kahneman (1974) ankkuroinnista; Urbany, Bearden & Weilbaker (1988) mainostetuista viitehinnoista.',
      questions: [
        'Löydänkö täsmälleen saman tuotteen jostain vertailuhintaan?',
        'Mitä muut kaupat oikeasti pyytävät tänään?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Compare to $120 at other retailers',
        'Compare at $89.99',
        'Comp. value $45',
        '$199 at other stores, only $99 here',
        'Other retailers charge up to $60 for this.',
        'Elsewhere: $35',
      ],
      clean: ['Compare with similar items', 'Add to compare', 'Our price: $19.99', 'Available in stores'],
    },
    zh: {
      flagged: ['别家都卖399元', '商场价599,本店只要199', '比实体店便宜一半', '对比价:¥899', '外面卖128元'],
      clean: ['商品对比', '实体店地址', '免费咨询', '其他颜色'],
    },
    fi: {
      flagged: ['Vertaa: 120 €', 'Muualla jopa 89 €', 'Kilpailijoilla hinta 59,90 €', 'Muissa kaupoissa 49,90 €'],
      clean: ['Vertailuhinta 12,50 €/kg', 'Vertaa tuotteita', 'Gluteeniton'],
    },
  },
});
