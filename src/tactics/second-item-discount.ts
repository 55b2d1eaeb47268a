import { defineTactic } from '../core/types';

// "50% off the second item": a discount that only exists if the basket grows. The retreat from full price on
// the next item feels like a favour from the shop.

export default defineTactic({
  id: 'second-item-discount',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: ['second', '2nd', 'third', '3rd', 'next item', 'additional item'],
    zh: ['第二', '第2', '第三', '第3'],
    fi: ['toi', 'kolma', '2. ', '3. ', 'kakkos'],
  },
  cues: {
    en: [
      /\b(?:second|2nd|third|3rd|(?:next|additional) (?:item|pair|unit|one))(?: \w+){0,2}? (?:(?:at|for|is) )?(?:half[- ]?price|half off|\d+ ?% off|\d+ ?% less|\d+ ?% discount|-\d+ ?%)/,
      /\b(?:half[- ]?price|half off|\d+ ?% off|\d+ ?% discount|save \d+ ?%) (?:on |off )?(?:the |your |a |any |every |each )?(?:second|2nd|third|3rd|(?:next|additional) (?:item|pair|unit|one))\b(?! (?:gen\w*|edition|hand|floor|day|class)\b)/,
      /\b(?:second|2nd) (?:one|item|pair|unit) for (?:just |only )?[$€£]\d/,
    ],
    zh: [
      /第[二三23][件份杯个瓶盒支双套只单束张桶]?(?:商品)?(?:半价|[一二三四五六七八九\d](?:\.\d)?折|立?减\d+元?|\d+(?:\.\d+)?元|[1-9]块|优惠\d)/,
    ],
    fi: [
      /\b(?:toi(?:nen|sen|sesta|selle)|kolma(?:s|nnesta|nnelle)|kakkos)\w*(?: \w+)? (?:-\s?\d+ ?%|puoleen hintaan|puoli-ilmai\w*|puolet halvemmalla|\d+ ?% (?:alennu\w*|alempaan|halvem\w*|edullisem\w*|ale\b))/,
      /\b[23]\. (?:tuote|pari|pakkaus|kappale)\w* -\s?\d+ ?%/,
    ],
  },
  exceptions: {
    en: [/\b(?:second|2nd|third|3rd)[- ](?:gen\w*|edition|hand\w*|floor|day|class)\b/],
  },
  explanation: {
    en: {
      name: 'Discount on the second item',
      what: 'The page offers a lower price on a second (or next) item.',
      why: 'The discount is presented as a favour, but it only applies if you buy more than one, so the shop gains a sale it might not have made. The half price on the second item also becomes the number you remember, while you pay full price for the first.',
      source: 'Cialdini, Influence (1984), ch. 2 on reciprocation; Tversky & Kahneman (1981) on framing.',
      questions: ['Did I plan to buy two?', 'What is the price per item across both, compared with one at full price?'],
    },
    zh: {
      name: '第二件半价',
      what: '页面对第二件(或下一件)商品给出折扣。',
      why: '这个折扣看起来像是商家让利,但只有多买一件才能享受,商家因此多做了一单本来没有的生意。"半价"二字最容易被记住,而第一件其实是按原价付的。',
      source: '西奥迪尼《影响力》(1984)第二章;Tversky 与 Kahneman(1981)关于框架效应的研究。',
      questions: ['我原本就打算买两件吗?', '两件平均下来每件多少钱,和只买一件相比差多少?'],
    },
    fi: {
      name: 'Alennus toisesta tuotteesta',
      what: 'Sivu tarjoaa alennusta toisesta (tai seuraavasta) tuotteesta.',
      why: 'Alennus esitetään kaupan palveluksena, mutta se koskee vain, jos ostat useamman, joten kauppa saa myynnin, jota se ei ehkä muuten olisi saanut. Mieleen jää "puoleen hintaan", vaikka ensimmäisestä tuotteesta maksat täyden hinnan.',
      source: 'Cialdini, Influence (1984), luku 2; Tversky & Kahneman (1981) kehystämisestä.',
      questions: ['Aioinko ostaa kaksi?', 'Mikä on kappalehinta kahdesta, verrattuna yhteen täyteen hintaan?'],
    },
  },
  examples: {
    en: {
      flagged: [
        'Get 50% off your second item.',
        'Second pair half price',
        '2nd item 40% off',
        'Buy one, get the second at half price',
        'Save 30% on the 2nd',
        'Second one for just $5',
      ],
      clean: [
        'AirPods (2nd generation) 40% off',
        'Second-hand, like new',
        'Ships on the second business day',
        'Our 2nd edition',
      ],
    },
    zh: {
      flagged: ['第二份半价', '第二件半价', '第2件5折', '第二杯半价', '第二件减20元', '第二件9.9元'],
      clean: ['第二代升级款', '第二章', '无糖'],
    },
    fi: {
      flagged: [
        'Toinen tuote -50 %',
        'Toinen puoleen hintaan',
        'Toisesta tuotteesta -30 %',
        '2. tuote -50%',
        'Kolmas tuote 50 % alennuksella',
      ],
      clean: ['Toinen väri saatavilla', 'Toimitus toisena arkipäivänä', 'Gluteeniton'],
    },
  },
});
