import { defineTactic } from '../core/types';

// Samples, testers and tastings: a small, real gift handed over before any decision (Cialdini, Influence, ch. 2:
// the supermarket tasting and the Amway "BUG" kit).

export default defineTactic({
  id: 'free-sample',
  family: 'reciprocity',
  severity: 'low',
  keywords: {
    en: [
      'sample',
      'tasting',
      'taste',
      'tester',
      'minis',
      'swatch',
      'trial size',
      'travel size',
      'trial-size',
      'travel-size',
    ],
    zh: ['试吃', '试饮', '试喝', '试用装', '小样', '中样', '体验装', '品尝', '尝鲜', '试香', '旅行装', '试用品'],
    fi: ['maistiai', 'näyte', 'näytte', 'maistatu', 'maista', 'testeri', 'kokeilukoko', 'matkakoko'],
  },
  cues: {
    en: [
      /\b(?:free|complimentary|deluxe|bonus|extra) (?:\w+ )?(?:samples?|testers?|tastings?|swatch(?:es)?|minis)\b/,
      /\b(?:free|complimentary|deluxe|bonus) (?:\w+ )?(?:trial|travel)[- ]sizes?\b/,
      /\bsamples?\b(?:[^.!?\n]|\.\d){1,30}?\b(?:with (?:every|each|any|all|your) (?:order|purchase)s?|in every (?:order|box|bag|parcel)|on us|free of charge|for free)\b/,
      /\b(?:choose|pick|select|add) (?:up to )?(?:your |a |an |one |two |three |\d+ )?(?:free )?samples?\b/,
      /\b(?:taste|sample) (?:it |one |them |us )?(?:before you buy|for free|free(?![-\w]))/,
      /\b(?:free|in-store|weekend|daily) tastings?\b/,
      /\b(?:stop by|come|join us|drop in)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:tasting|taste|sample)\b/,
    ],
    zh: [
      /试吃|试饮|试喝|试香/,
      /(?:试用|体验|尝鲜|旅行|中|小)装/,
      /小样(?!本)/,
      /(?:免费|欢迎|到店|现场|先)品尝/,
      /(?:免费|0元|〇元|零元)(?:领|申领|领取)(?:试用|体验|小样|样品)?/,
      /(?:免费|赠送?|送|领)(?:样品|试用品)/,
    ],
    fi: [
      /\bmaistiai\w*/,
      /\bmaistatu\w*/,
      /\b(?:ilmai\w*|maksuto\w*|veloitukseto\w*)\b(?:[^.!?\n]|\.\d){1,20}?\b(?:tuote)?näyt(?:e|että|teen|teet|teitä|teiden|teeksi|teenä)(?![a-zåäö])/,
      /\b(?:tuote)?näyt(?:e|että|teet|teitä)(?![a-zåäö])(?:[^.!?\n]|\.\d){1,30}?\b(?:kaupan päälle|ilmaiseksi|veloituksetta|maksutta|jokaise\w*|mukaan|mukana)/,
      /\b(?:tuote|kosmetiikka|hajuvesi|tuoksu)näyt\w*/,
      /\bmaista (?:ilmaiseksi|maksutta|ennen kuin ostat|itse)\b/,
      /\b(?:ilmai\w*|maksuto\w*) (?:testeri|kokeilukoko|matkakoko)\w*/,
    ],
  },
  exceptions: {
    en: [
      /\bsample (?:sizes? of|rates?|images?|photos?|pages?|questions?|data|text|code|chapters? for teachers)\b/,
      /\bsampl(?:er|ing) (?:rate|frequency)/,
    ],
    zh: [/样本|试吃员|试用期|小样本/],
    fi: [/\bnäytteill[eä]\b/, /\bnäyttö\w*/, /\bnäytteenotto\w*/],
  },
  explanation: {
    en: {
      name: 'Free sample or tasting',
      what: 'The page offers free samples, testers or a tasting.',
      why: 'A sample is a small, real gift handed over before you have decided anything, and accepting it starts a quiet sense of owing something back. Tasting in front of the seller makes a polite "no thanks" feel harder, which is why stores hand out samples where the product is sold.',
      source: 'Cialdini, Influence: The Psychology of Persuasion (1984), ch. 2 (free samples and the Amway "BUG" kit).',
      questions: [
        'Did I like the product itself, or do I just feel I should return the favour?',
        'Would I have put this in my basket without the sample?',
      ],
    },
    zh: {
      name: '免费试吃、试用装与小样',
      what: '页面提供免费试吃、试用装或小样。',
      why: '试吃和小样是在你做决定之前就送到手上的小礼物,收下之后,心里容易生出一点"不买不好意思"的感觉。尤其是当着店员的面尝过之后,开口拒绝会更难,所以商家总把试吃摆在货架旁边。',
      source: '西奥迪尼《影响力》(1984)第二章:免费样品与互惠。',
      questions: ['我是真的喜欢这个东西,还是只是觉得拿了人家的不好意思?', '如果没有试吃或小样,我会买它吗?'],
    },
    fi: {
      name: 'Ilmainen näyte tai maistiainen',
      what: 'Sivu tarjoaa ilmaisia näytteitä, testereitä tai maistiaisia.',
      why: 'Näyte on pieni mutta todellinen lahja, jonka saat ennen kuin olet päättänyt mitään, ja sen vastaanottaminen herättää hiljaisen velan tunteen. Kun maistat tuotetta myyjän edessä, kohtelias kieltäytyminen tuntuu vaikeammalta, ja siksi maistiaisia jaetaan juuri hyllyjen vieressä.',
      source: 'Cialdini, Influence: The Psychology of Persuasion (1984), luku 2: ilmaiset näytteet ja vastavuoroisuus.',
      questions: [
        'Pidinkö itse tuotteesta, vai tuntuuko vain siltä, että minun pitäisi vastata palvelukseen?',
        'Ostaisinko tämän ilman maistiaista?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Free samples with every order.',
        'Choose 2 free samples at checkout',
        'Pick your deluxe samples: three minis on us.',
        'Complimentary tasting every Saturday in store',
        'Taste before you buy',
        'Samples in every box!',
        'Add a free sample of our new serum',
        'Free trial-size toothpaste with any purchase',
        'Stop by for a tasting of our new roast.',
      ],
      clean: [
        'Sample size of 500 respondents',
        'Sample rate 48 kHz',
        'Tasting notes: cherry, cocoa',
        'Gluten-free pasta, 500 g',
        'See sample images',
        'Tastes great with milk',
      ],
    },
    zh: {
      flagged: [
        '免费试吃,好吃再买',
        '加赠同款试用装',
        '下单送3片小样',
        '到店免费品尝新品',
        '0元领取试用装',
        '新品尝鲜装9.9元',
        '门店现场试饮',
      ],
      clean: ['无糖', '免洗洗手液', '样本量超过1000人', '口感细腻', '免费咨询'],
    },
    fi: {
      flagged: [
        'Ilmaiset näytteet jokaisen tilauksen mukana',
        'Maistiaisia myymälässä lauantaina',
        'Saat kaksi tuotenäytettä kaupan päälle',
        'Näytteet veloituksetta tilaukseen',
        'Tervetuloa maistatukseen!',
        'Maista ilmaiseksi ennen kuin ostat',
      ],
      clean: ['Gluteeniton', 'Näyttö 15,6 tuumaa', 'Tuote esillä näytteillä myymälässä', 'Laktoositon maito'],
    },
  },
});
