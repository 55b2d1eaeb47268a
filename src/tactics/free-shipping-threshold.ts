import { defineTactic } from '../core/types';

// "Add $8.50 more for free shipping": free delivery that has to be earned by spending more. The gift frame plus
// a goal just out of reach (the goal-gradient effect) pulls baskets up to the threshold.

export default defineTactic({
  id: 'free-shipping-threshold',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: [
      'free shipping',
      'free delivery',
      'free standard',
      'free express',
      'free postage',
      'free next',
      'free 2-day',
      'free two-day',
      'ship free',
      'ships free',
      'free uk',
      'free us ',
    ],
    zh: ['包邮', '免运费', '免邮', '免配送费', '免费配送', '免运'],
    fi: ['toimitu', 'kotiinkuljetu', 'rahti', 'postitu', 'toimituskulu'],
  },
  cues: {
    en: [
      /\b(?:add|spend|buy)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:more|to (?:get|qualify|unlock|earn|receive|enjoy))\b(?:[^.!?\n]|\.\d){1,25}?\bfree (?:\w+ )?(?:shipping|delivery|postage)\b/,
      /\baway from (?:getting |unlocking |earning |qualifying for )?free (?:\w+ )?(?:shipping|delivery|postage)\b/,
      /\bfree (?:\w+ |\w+-\w+ )?(?:shipping|delivery|postage)\b(?:[^.!?\n]|\.\d){1,30}?(?:\bover|\babove|\bof|\bfrom|\bexceeding|\bspend\w*|\bminimum(?: order)?(?: of)?|\bat least) ?(?:[$€£¥]|usd ?|eur ?)?\d+(?:[.,]\d+)*/,
      /\bfree (?:\w+ |\w+-\w+ )?(?:shipping|delivery|postage)\b(?:[^.!?\n]|\.\d){1,20}?\b(?:on )?orders? [$€£]\d+(?:[.,]\d+)?\+/,
      /\borders? (?:over|above|of) [$€£]?\d+(?:[.,]\d+)?(?:[^.!?\n]|\.\d){1,20}?\b(?:ship|deliver)\w* free\b/,
      /\b(?:qualif(?:y|ies)|eligible|unlock(?:ed|s)?) (?:for )?free (?:\w+ )?(?:shipping|delivery|postage)\b/,
      /\bfree (?:shipping|delivery) threshold\b/,
    ],
    zh: [
      /满\s?[¥$]?\s?\d+(?:\.\d+)?\s?[元件块包份]?[^,。!?\n]{0,4}?(?:包邮|免运费|免邮|免配送费|免费配送|免运)/,
      /(?:还差|再买|仅差|差|再凑|只差|再加购?)\s?[¥$]?\s?\d+(?:\.\d+)?\s?[元件块]?[^,。!?\n]{0,8}?(?:包邮|免运费|免邮|免配送费|免费配送)/,
      /凑单[^,。!?\n]{0,6}?(?:包邮|免运费|免邮)/,
      /(?:包邮|免运费|免邮)(?:门槛|条件)/,
    ],
    fi: [
      /\b(?:ilmai\w*|maksuto\w*|veloitukseto\w*)(?: kotiin)? (?:toimitu\w*|kotiinkuljetu\w*|rahti\w*|postitu\w*)\b(?:[^.!?\n]|\.\d){1,30}?\byli \d+(?:[.,]\d+)*/,
      /\b(?:toimitu\w*|kotiinkuljetu\w*) (?:0 ?€|0,00 ?€|ilmai\w*|maksutta|veloituksetta)(?:[^.!?\n]|\.\d){0,30}?\byli \d+(?:[.,]\d+)*/,
      /\byli \d+(?:[,.]\d+)? ?(?:€|e\b|eur\w*)(?:[^.!?\n]|\.\d){0,30}?(?:ilmai\w*|maksuto\w*|veloitukseto\w*|0 ?€) (?:toimitu|rahti|kotiinkuljet|postitu)/,
      /\b(?:enää|vielä|osta vielä|tilaa vielä|lisää vielä) (?:[^.!?\n]|\.\d){0,10}?\d+(?:[,.]\d+)? ?(?:€|e\b|eur\w*)(?:[^.!?\n]|\.\d){0,40}?(?:ilmai\w*|maksuto\w*) (?:toimitu|rahti|kotiinkuljet|postitu)/,
      /\b(?:ilmai\w*|maksuto\w*) (?:toimitu\w*|rahti\w*)\b(?:[^.!?\n]|\.\d){1,20}?\bkun (?:tilaat|ostat|ostoksesi)\b(?:[^.!?\n]|\.\d){1,15}?\byli\b/,
    ],
  },
  explanation: {
    en: {
      name: 'Free shipping above a threshold',
      what: 'The page offers free delivery once the basket reaches a set amount.',
      why: 'Free delivery feels like a gift, and a gift that is almost yours is hard to leave on the table: people add items they did not plan to buy just to reach the line. A zero delivery fee also feels much better than an equal discount, so an extra $15 of shopping can seem worth it to save $5.',
      source:
        'Shampanier, Mazar & Ariely (2007), "Zero as a special price"; Kivetz, Urminsky & Zheng (2006) on the goal-gradient effect.',
      questions: [
        'How much is the delivery fee, and how much extra would I spend to avoid it?',
        'Would I buy the added item if delivery were already free?',
      ],
    },
    zh: {
      name: '满额包邮',
      what: '页面承诺订单满一定金额后免运费。',
      why: '包邮像一份礼物,而差一点就能拿到的礼物最让人放不下:很多人会为了凑够门槛,加买本来不打算买的东西。"运费为零"的感觉远比同样金额的折扣诱人,于是为了省下十块运费,多花了三四十块也觉得值。',
      source:
        'Shampanier、Mazar 与 Ariely(2007)《零:一个特殊的价格》;Kivetz、Urminsky 与 Zheng(2006)关于目标梯度效应的研究。',
      questions: ['运费本身是多少?为了免运费我要多花多少?', '如果本来就包邮,我还会买凑单的那件东西吗?'],
    },
    fi: {
      name: 'Ilmainen toimitus tietyn summan jälkeen',
      what: 'Sivu lupaa ilmaisen toimituksen, kun ostoskori ylittää tietyn summan.',
      why: 'Ilmainen toimitus tuntuu lahjalta, ja lähes ulottuvilla olevasta lahjasta on vaikea luopua: moni lisää koriin tavaraa, jota ei aikonut ostaa, vain ylittääkseen rajan. Nollan euron toimitusmaksu tuntuu myös paljon paremmalta kuin yhtä suuri alennus, joten 15 euron lisäostos voi näyttää järkevältä viiden euron säästämiseksi.',
      source:
        'Shampanier, Mazar & Ariely (2007), "Zero as a special price"; Kivetz, Urminsky & Zheng (2006) tavoitegradientista.',
      questions: [
        'Paljonko toimitus maksaisi, ja paljonko joutuisin ostamaan lisää välttääkseni sen?',
        'Ostaisinko lisätuotteen, jos toimitus olisi joka tapauksessa ilmainen?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Add $8.50 more for free standard shipping.',
        "You're $12.00 away from free shipping!",
        'Free shipping on orders over $50',
        'FREE delivery on orders over £40',
        'Spend $25 more to get free express delivery',
        'Orders over $35 ship free',
        'Free 2-day shipping on orders $35+',
        'Free UK delivery when you spend £30 or more',
      ],
      clean: [
        'Free shipping',
        'Delivery: 3-5 business days',
        'We offer free and easy returns on most items.',
        'Toll-free number: 1-800-555-0100',
      ],
    },
    zh: {
      flagged: ['满99包邮', '满2件包邮', '还差12元即可包邮', '满199元免运费', '凑单满88包邮', '再买15元免运费'],
      clean: ['全场包邮', '运费:¥10', '免费咨询', '偏远地区不包邮'],
    },
    fi: {
      flagged: [
        'Ilmainen toimitus yli 50 € tilauksiin',
        'Ilmainen toimitus yli 39 euron ostoksille',
        'Enää 12,50 € ilmaiseen toimitukseen!',
        'Tilaa vielä 8,50 €:lla, niin saat ilmaisen toimituksen',
        'Toimitus 0 € yli 79 € tilauksille',
        'Yli 100 € ostoksille ilmainen kotiinkuljetus',
      ],
      clean: ['Ilmainen toimitus kaikkiin tilauksiin', 'Toimitusaika 2-4 arkipäivää', 'Gluteeniton'],
    },
  },
});
