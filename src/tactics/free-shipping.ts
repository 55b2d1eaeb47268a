import { defineTactic } from '../core/types';

// Plain free shipping: a small, widespread gift. Low severity: the fee may simply be in the price. Shipping that
// must be earned by spending more is free-shipping-threshold (its phrasings are exceptions here).

export default defineTactic({
  id: 'free-shipping',
  family: 'reciprocity',
  severity: 'low',
  keywords: {
    en: ['shipping', 'delivery', 'postage', 'ship free', 'ships free', 'p&p', 'delivered free', 'delivers free'],
    zh: ['包邮', '免运费', '免邮', '免配送费', '免费配送', '免费送货', '运费全免'],
    fi: ['toimitu', 'kotiinkuljetu', 'rahti', 'postitu', 'toimituskulu'],
  },
  cues: {
    en: [
      /\bfree[- ](?:standard |express |\w+[- ]day |uk |us |eu |ground |tracked |home |economy |international |worldwide |shipping and |delivery and )?(?:shipping|delivery|postage|p&p)\b/,
      /\b(?:ships?|delivered|delivers) (?:for )?free(?![-\w])/,
      /\b(?:shipping|delivery|postage) (?:is )?(?:free|on us|included|for free)(?![-\w])/,
    ],
    zh: [/包邮/, /免运费|运费全免|免邮|免配送费|免费配送|免费送货上门|免费送货/],
    fi: [
      /\b(?:ilmai\w*|maksuto\w*|veloitukseto\w*)(?: kotiin)? (?:toimitu\w*|kotiinkuljetu\w*|rahti\w*|postitu\w*)/,
      /\b(?:toimitu\w*|kotiinkuljetu\w*|rahti\w*|postikulu\w*) (?:0 ?€|0,00 ?€|ilmai\w*|maksutta|veloituksetta|kaupan päälle)(?![a-zåäö])/,
    ],
  },
  exceptions: {
    en: [
      /\bfree (?:shipping|delivery) (?:(?:&|and) returns? )?(?:policy|policies|terms|info\w*|details|faq|page|options)\b/,
      /\b(?:contact|hands|toll|hassle|worry|stress|duty|tax|carbon|plastic|care|cruelty|risk)[- ]free\b/,
      /\b(?:add|spend|buy)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:more|to (?:get|qualify|unlock|earn|receive|enjoy))\b(?:[^.!?\n]|\.\d){1,25}?\bfree (?:\w+ )?(?:shipping|delivery|postage)\b/,
      /\baway from (?:getting |unlocking |earning |qualifying for )?free (?:\w+ )?(?:shipping|delivery|postage)\b/,
      /\bfree (?:\w+ |\w+-\w+ )?(?:shipping|delivery|postage)\b(?:[^.!?\n]|\.\d){1,30}?(?:\bover|\babove|\bof|\bfrom|\bexceeding|\bspend\w*|\bminimum(?: order)?(?: of)?|\bat least) ?(?:[$€£¥]|usd ?|eur ?)?\d+(?:[.,]\d+)*/,
      /\bfree (?:\w+ |\w+-\w+ )?(?:shipping|delivery|postage)\b(?:[^.!?\n]|\.\d){1,20}?\b(?:on )?orders? [$€£]\d+(?:[.,]\d+)?\+/,
      /\borders? (?:over|above|of) [$€£]?\d+(?:[.,]\d+)?(?:[^.!?\n]|\.\d){1,20}?\b(?:ship|deliver)\w* free\b/,
      /\b(?:qualif(?:y|ies)|eligible|unlock(?:ed|s)?) (?:for )?free (?:\w+ )?(?:shipping|delivery|postage)\b/,
    ],
    zh: [
      /不(?:参与|支持|享受?)?包邮|非包邮|不免运费|不免邮/,
      /满\s?[¥$]?\s?\d+(?:\.\d+)?\s?[元件块包份]?[^,。!?\n]{0,4}?(?:包邮|免运费|免邮|免配送费|免费配送|免运)/,
      /(?:还差|再买|仅差|差|再凑|只差|再加购?)\s?[¥$]?\s?\d+(?:\.\d+)?\s?[元件块]?[^,。!?\n]{0,8}?(?:包邮|免运费|免邮|免配送费|免费配送)/,
      /凑单[^,。!?\n]{0,6}?(?:包邮|免运费|免邮)/,
    ],
    fi: [
      /\b(?:ilmai\w*|maksuto\w*|veloitukseto\w*)(?: kotiin)? (?:toimitu\w*|kotiinkuljetu\w*|rahti\w*|postitu\w*)\b(?:[^.!?\n]|\.\d){1,30}?\byli \d+(?:[.,]\d+)*/,
      /\b(?:toimitu\w*|kotiinkuljetu\w*) (?:0 ?€|0,00 ?€|ilmai\w*|maksutta|veloituksetta)(?:[^.!?\n]|\.\d){0,30}?\byli \d+(?:[.,]\d+)*/,
      /\byli \d+(?:[,.]\d+)? ?(?:€|e\b|eur\w*)(?:[^.!?\n]|\.\d){0,30}?(?:ilmai\w*|maksuto\w*|veloitukseto\w*|0 ?€) (?:toimitu|rahti|kotiinkuljet|postitu)/,
      /\b(?:enää|vielä|osta vielä|tilaa vielä|lisää vielä) (?:[^.!?\n]|\.\d){0,10}?\d+(?:[,.]\d+)? ?(?:€|e\b|eur\w*)(?:[^.!?\n]|\.\d){0,40}?(?:ilmai\w*|maksuto\w*) (?:toimitu|rahti|kotiinkuljet|postitu)/,
    ],
  },
  explanation: {
    en: {
      name: 'Free shipping',
      what: 'The page offers delivery at no charge.',
      why: 'Free delivery removes a small, visible cost, and a price of zero feels far better than the same amount taken off the product. It is a genuine convenience, but the delivery cost has usually moved into the item price rather than disappeared.',
      source: 'Shampanier, Mazar & Ariely (2007), "Zero as a special price"; Cialdini, Influence (1984), ch. 2.',
      questions: ['Is the item price higher here than at shops that charge for delivery?'],
    },
    zh: {
      name: '包邮',
      what: '页面承诺免运费。',
      why: '包邮去掉了一笔看得见的小开销,而"零元运费"给人的感觉远好于在商品上便宜同样的钱。它确实方便,但运费通常只是算进了商品价格,并没有真正消失。',
      source: 'Shampanier、Mazar 与 Ariely(2007)《零:一个特殊的价格》;西奥迪尼《影响力》(1984)第二章。',
      questions: ['算上运费,这里的价格和不包邮的店相比真的更便宜吗?'],
    },
    fi: {
      name: 'Ilmainen toimitus',
      what: 'Sivu lupaa toimituksen ilman maksua.',
      why: 'Ilmainen toimitus poistaa pienen, näkyvän kulun, ja nollahinta tuntuu paljon paremmalta kuin sama summa tuotteen hinnasta. Se on aito helpotus, mutta toimituksen kustannus on yleensä siirtynyt tuotteen hintaan eikä kadonnut.',
      source: 'Shampanier, Mazar & Ariely (2007), "Zero as a special price"; Cialdini, Influence (1984), luku 2.',
      questions: ['Onko tuotteen hinta täällä korkeampi kuin kaupoissa, joissa toimitus maksaa?'],
    },
  },
  examples: {
    en: {
      flagged: [
        'Free shipping',
        'FREE Standard Delivery on this item',
        'Ships free in 2 days',
        'Free next-day delivery',
        'Shipping is on us!',
        'Free UK delivery & returns',
      ],
      clean: [
        'Free shipping on orders over $50',
        'Contact-free delivery available',
        'Free shipping policy',
        'Questions? Call our toll-free line.',
        'Free-standing bookshelf with five shelves',
        'We offer free and easy returns on most items.',
        'Delivery: 3-5 business days',
      ],
    },
    zh: {
      flagged: ['全场包邮', '顺丰包邮', '免运费', '全国包邮(新疆西藏除外)', '本店免邮'],
      clean: ['运费:¥10', '偏远地区不包邮', '满99包邮', '次日送达', '免费咨询'],
    },
    fi: {
      flagged: [
        'Ilmainen toimitus kaikkiin tilauksiin',
        'Ilmaiset toimitukset!',
        'Toimitus 0 €',
        'Maksuton kotiinkuljetus',
        'Toimituskulut veloituksetta',
      ],
      clean: [
        'Toimitusaika 2-4 arkipäivää',
        'Ilmainen toimitus yli 50 € tilauksiin',
        'Ilmainen palautus',
        'Gluteeniton',
      ],
    },
  },
});
