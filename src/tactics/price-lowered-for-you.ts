import { defineTactic } from '../core/types';

// "We've unlocked a lower price just for you", "we can't let you leave empty-handed, here's $5 off": the price
// retreats, personally, and the retreat asks to be returned with a purchase.

export default defineTactic({
  id: 'price-lowered-for-you',
  family: 'concession',
  severity: 'medium',
  keywords: {
    en: ['for you', 'empty-handed', 'empty handed', 'let you leave', 'let you go', 'how about', 'knock', 'since you'],
    zh: ['为您', '为你', '给您', '给你', '帮您', '帮你', '空手', '再便宜', '再降', '再减', '再让', '让利', '少算'],
    fi: ['sinulle', 'teille', 'tyhjin käsin', 'lisäalennu', 'vielä'],
  },
  cues: {
    en: [
      /\b(?:unlocked|lowered|reduced|dropped|cut|slashed|knocked|brought down|marked down)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:price|cost|total|deal|offer|discount|\d+ ?%|[$€£]\d)\b(?:[^.!?\n]|\.\d){1,20}?\b(?:(?:just|only|especially|specially|personally) )?for you\b/,
      /\b(?:can'?t|cannot|won'?t|don'?t want to|hate to|couldn'?t) let you (?:leave|go)\b/,
      /\b(?:leave|go|walk away|leaving) empty[- ]handed\b/,
      /\b(?:special|lower|better|reduced|personal|custom|private) (?:price|offer|deal|discount|rate)s? (?:just |only |especially |specially )for you\b/,
      /\bhow about (?:an? )?(?:extra |additional |another )?(?:\d+ ?%|[$€£]\d+(?:[.,]\d+)?)(?: off)?(?: instead)?\?/,
      /\b(?:we'?ll|let us|let me|we can) (?:knock|take|shave) (?:off )?(?:an? )?(?:extra |another )?(?:\d+ ?%|[$€£]\d+)/,
      /\bsince you'?re (?:still )?here\b(?:[^.!?\n]|\.\d){0,30}?(?:\d+ ?%|[$€£]\d|discount|off)/,
    ],
    zh: [
      /(?:已|特意|专门|单独|特地)?为(?:您|你)(?:专门|特意|单独|特地)?(?:解锁|降价|降低|减价|让利|调低|改价|打折|便宜)/,
      /(?:再|还能|可以|就)?(?:给|帮)(?:您|你)再?(?:便宜|优惠|少算|[让降减]|抹零|打个折)/,
      /再(?:便宜|[降减让少]|优惠)\s?¥?\d+(?:\.\d+)?\s?(?:元|块)/,
      /(?:不能|不想|不忍心|舍不得)让(?:您|你)空手/,
      /空手而归/,
    ],
    fi: [
      /\btyhjin käsin\b/,
      /\b(?:laskimme|pudotimme|alensimme|avasimme|madalsimme|räätälöimme)\b(?:[^.!?\n]|\.\d){1,30}?(?:juuri |vain |erityisesti )?(?:sinulle|teille)(?![a-zåäö])/,
      /\b(?:erikoishinta|alempi hinta|alemman hinnan|parempi hinta|paremman hinnan|oma hinta|erikoishinnan) (?:vain |juuri )?(?:sinulle|teille)(?![a-zåäö])/,
      /\b(?:vain|juuri) sinulle\b(?:[^.!?\n]|\.\d){1,20}?(?:alempi|edullisempi|erikoishin|hinta|hinnan|alennu|lisäalennu)/,
      /\bsaat (?:vielä|vielä ylimääräisen|lisäksi) (?:\d+(?:[,.]\d+)? ?(?:€|%) )?(?:lisä)?alennu\w*/,
    ],
  },
  exceptions: {
    en: [/\b(?:recommended|picked|selected|curated|deals|offers) (?:just |especially )?for you\b(?! ?[:,-]? ?[\d$€£])/],
  },
  explanation: {
    en: {
      name: 'Price lowered "just for you"',
      what: 'The page says it has lowered the price or added a discount personally for you, often as you hesitate or leave.',
      why: 'A price that drops in front of you looks like the seller giving something up, and a concession invites one in return: buying now. Calling it personal makes the favour feel bigger. The lower price is usually a ready-made step in the sales script, not a decision made for you.',
      source: 'Cialdini et al. (1975), reciprocal concessions (door-in-the-face); Cialdini, Influence (1984), ch. 2.',
      questions: [
        'Is the new price good compared with other shops, or only compared with the first one?',
        'Would the same discount appear for anyone who hesitated?',
      ],
    },
    zh: {
      name: '"专门为你降价"',
      what: '页面说专门为你降了价或加了优惠,常常出现在你犹豫或要离开时。',
      why: '价格当着你的面往下降,看起来是卖家在让步,而让步会促使人用"现在就买"来回报。说成"专门为你",这份人情就显得更重。但这个降价往往只是销售流程里预先设计好的一步,并不是为你一个人做的决定。',
      source: 'Cialdini 等(1975)互惠式让步("拒绝—后撤");西奥迪尼《影响力》(1984)第二章。',
      questions: [
        '新价格和别家相比便宜吗,还是只是比刚才那个价便宜?',
        '任何一个犹豫的顾客是不是都会看到同样的"专属降价"?',
      ],
    },
    fi: {
      name: 'Hinta laskettu "juuri sinulle"',
      what: 'Sivu kertoo laskeneensa hintaa tai lisänneensä alennuksen juuri sinulle, usein kun epäröit tai olet lähdössä.',
      why: 'Silmien edessä laskeva hinta näyttää myyjän myönnytykseltä, ja myönnytykseen tekee mieli vastata ostamalla heti. Kun se esitetään henkilökohtaisena, palvelus tuntuu vielä suuremmalta. Alennus on kuitenkin yleensä valmiiksi suunniteltu vaihe myyntipolussa, ei sinua varten tehty päätös.',
      source: 'Cialdini ym. (1975), vastavuoroiset myönnytykset; Cialdini, Influence (1984), luku 2.',
      questions: [
        'Onko uusi hinta hyvä muihin kauppoihin verrattuna vai vain ensimmäiseen hintaan?',
        'Saisiko kuka tahansa epäröivä asiakas saman alennuksen?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        "We've unlocked a lower price just for you.",
        "We can't let you leave empty-handed. Here is an extra $5 off.",
        'We dropped the price by 10% especially for you.',
        'A special price just for you: $39',
        'How about an extra 10% off?',
        'We just dropped the price for you: now $79',
        "Since you're still here, take 15% off.",
      ],
      clean: [
        'Recommended for you',
        'Deals for you',
        'Picked for you based on your history',
        'This size is right for you',
      ],
    },
    zh: {
      flagged: ['已为您解锁更低价格', '不能让您空手而归,再减5元', '再给您便宜20元', '专门为你降价', '帮您打个折'],
      clean: ['为您推荐', '猜你喜欢', '免费咨询'],
    },
    fi: {
      flagged: [
        'Emme halua päästää sinua tyhjin käsin: tässä 5 € alennus',
        'Laskimme hinnan juuri sinulle',
        'Erikoishinta vain sinulle: 39 €',
        'Saat vielä 10 % lisäalennuksen',
      ],
      clean: ['Suosittelemme sinulle', 'Gluteeniton', 'Sinulle sopiva koko'],
    },
  },
});
