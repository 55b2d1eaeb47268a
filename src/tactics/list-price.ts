import { defineTactic } from '../core/types';
import { priceFacts } from '../price/facts';

// "List price", MSRP, RRP, 吊牌价, 市场价, suositushinta: a recommended price that few people pay, shown as the
// reference the real price is measured against.

export default defineTactic({
  id: 'list-price',
  family: 'anchoring',
  severity: 'medium',
  keywords: {
    en: ['list', 'msrp', 'm.s.r.p', 'rrp', 'srp', 'typical', 'retail', 'recommended', 'suggested'],
    zh: ['吊牌价', '市场价', '划线价', '零售价', '指导价', '参考价', '官方价', '专柜价', '标价', '官网价'],
    fi: ['suositus', 'ohjehin', 'ohjevähittäis', 'listahin', 'ovh'],
  },
  cues: {
    en: [
      /\blist(?: price)?:\s?(?:[$€£¥]|usd ?|eur ?)?\s?\d+(?:[.,]\d+)*/,
      /\blist price\b/,
      /\bm\.?s\.?r\.?p\b\.?/,
      /\brrp\b/,
      /\bs\.?r\.?p\.?:? ?[$€£]?\d+(?:[.,]\d+)*/,
      /\btypical price\b|\btypical:? ?[$€£]\d+(?:[.,]\d+)*/,
      /\b(?:manufacturer'?s?|recommended|suggested) (?:suggested |recommended )?retail(?: price)?\b/,
      /\bretail price:? ?[$€£¥]?\d+(?:[.,]\d+)*/,
      /\bretail:? [$€£¥]\d+(?:[.,]\d+)*/,
    ],
    zh: [
      /吊牌价|市场价|划线价|专柜价|官网价|官方(?:指导|零售)?价/,
      /(?:建议|厂商|厂家|官方)?(?:零售|指导)价/,
      /参考价|标价\s?:?\s?[¥$]?\d+(?:[.,]\d+)*/,
    ],
    fi: [/\bsuositus(?:vähittäis)?hin\w*/, /\bohje(?:vähittäis)?hin\w*/, /\blistahin\w*/, /\bovh\b\.?/],
  },
  exceptions: {
    en: [/\b(?:add to|price|shopping|wish|gift) list\b/, /\blist price is the\b(?:[^.!?\n]|\.\d){0,120}/],
    // The legal note under Taobao/Tmall/JD prices that explains what a struck-through price means.
    zh: [/划线价格?\s?:[^\n]{0,150}/, /未划线价格?/, /[^。\n]{0,100}?(?:仅供参考|并非原价|不是原价)/],
  },
  facts: (text) => priceFacts(text),
  explanation: {
    en: {
      name: 'List price (MSRP, RRP)',
      what: 'The page shows a list or recommended retail price above the price you pay.',
      why: 'A recommended price sounds official, so it works as a trustworthy anchor, and the gap to the real price feels like a saving. But a list price is set by the maker, often high on purpose, and many shops never charge it.',
      source:
        'Tversky & Kahneman (1974) on anchoring; Northcraft & Neale (1987) on list prices anchoring even experts.',
      questions: ['Does any shop actually charge the list price?', 'What do other shops charge for this exact model?'],
    },
    zh: {
      name: '吊牌价、市场价、划线价',
      what: '页面在你实付的价格上方显示吊牌价、市场价或建议零售价。',
      why: '"建议零售价"听起来很官方,因此是个让人信任的"锚",与实付价之间的差距就像是省下的钱。但这个价格由厂家自己定,常常故意定高,很多店从来没按它卖过。',
      source: 'Tversky 与 Kahneman(1974)锚定效应;Northcraft 与 Neale(1987):标价连专业人士的估价也会影响。',
      questions: ['真有店按吊牌价或市场价卖吗?', '同一型号在别的店卖多少钱?'],
    },
    fi: {
      name: 'Suositushinta (ovh.)',
      what: 'Sivu näyttää maksettavan hinnan yläpuolella suositushinnan tai ohjevähittäishinnan.',
      why: 'Suositushinta kuulostaa viralliselta, joten se toimii luotettavana ankkurina, ja ero todelliseen hintaan tuntuu säästöltä. Valmistaja kuitenkin asettaa suositushinnan itse, usein tarkoituksella korkeaksi, eikä moni kauppa koskaan peri sitä.',
      source:
        'Tversky & Kahneman (1974) ankkuroinnista; Northcraft & Neale (1987): listahinta ankkuroi jopa asiantuntijoiden arviot.',
      questions: [
        'Myykö mikään kauppa tuotetta oikeasti suositushintaan?',
        'Mitä muut kaupat pyytävät juuri tästä mallista?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'List: $29.95 Price: $19.95 You save: $10.00 (33%)',
        'List Price: $49.99',
        'MSRP $1,299',
        'RRP £79.99',
        'Typical price: $34.99',
        "Manufacturer's suggested retail price: $599",
      ],
      clean: ['Add to list', 'Price list for 2024 services', 'Shopping list', 'Our price: $19.99'],
    },
    zh: {
      flagged: ['吊牌价 899元 到手价 299元', '市场价:¥1299', '建议零售价199元', '厂商指导价5999元', '专柜价1680'],
      clean: ['划线价格:商品的专柜价、吊牌价、正品零售价或厂商指导价,并非原价,仅供参考', '到手价299元', '免费咨询'],
    },
    fi: {
      flagged: ['Suositushinta 79,90 €', 'Valmistajan suositushinta 1299 €', 'Ovh. 49,90 €', 'Ohjevähittäishinta 29 €'],
      clean: ['Hinta 19,90 €', 'Gluteeniton', 'Lisää ostoslistalle'],
    },
  },
});
